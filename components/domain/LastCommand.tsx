'use client';

import { useTranslations } from 'next-intl';
import type { Transcript } from '@/lib/api/contract';
import { useToolOutput } from '@/lib/browser/tool-output';

function Output({ transcript }: { transcript: Transcript }) {
  const t = useTranslations('lastCommand');
  const out = useToolOutput(transcript);
  return (
    <div role="status" aria-label={t('output')}>
      <div>
        <span className="text-term-prompt">root@{transcript.host}:~#</span> {transcript.line}
      </div>
      {out.stdout && <pre className="overflow-x-auto whitespace-pre">{out.stdout}</pre>}
      {out.stderr && <pre className="overflow-x-auto whitespace-pre-wrap text-term-err">{out.stderr}</pre>}
    </div>
  );
}

/** The command a button ran, echoed with exactly what the tool printed (virsh in the page's language). */
export function LastCommand({ transcript }: { transcript: Transcript | null }) {
  const t = useTranslations('lastCommand');
  return (
    <section
      aria-labelledby="last-command"
      className="rounded-lg border border-line bg-term-bg p-3 font-mono text-sm text-term-fg"
    >
      <h2 id="last-command" className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-term-fg/80">
        {t('heading')}
      </h2>
      {transcript ? <Output transcript={transcript} /> : <p className="text-term-fg/80">{t('empty')}</p>}
    </section>
  );
}
