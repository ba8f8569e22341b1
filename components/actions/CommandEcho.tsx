'use client';

import { useTranslations } from 'next-intl';
import type { Transcript } from '@/lib/api/contract';
import { useOutputRuns } from '@/lib/browser/tool-output';
import { OutputRuns } from '@/components/ui/OutputRuns';

type Echoed = Pick<Transcript, 'host' | 'line' | 'stdout' | 'stderr' | 'order'>;

/** A command as a terminal shows it: the prompt and line, then exactly what the tool printed (virsh in the page's language). */
export function CommandEcho({
  transcript,
  label,
  role = 'status',
}: {
  transcript: Echoed;
  label?: string;
  /** 'status' where it is the answer just announced; 'group' for a record among others (the job panel). */
  role?: 'status' | 'group';
}) {
  const t = useTranslations('lastCommand');
  // The runs in the order the terminal showed them (decision 082), worded run by run on a Japanese page.
  const runs = useOutputRuns(transcript);
  return (
    <div role={role} aria-label={label ?? t('output')} className="font-mono text-sm">
      {/* A line typed over several (a for loop): each further line after bash's PS2, as the console shows it. */}
      {transcript.line.split('\n').map((part, i) => (
        <div key={i} className="break-words">
          <span className="text-term-prompt">{i === 0 ? `root@${transcript.host}:~#` : '>'}</span> {part}
        </div>
      ))}
      {/* Output keeps its columns (xm list) and scrolls inside its box; nothing breaks inside a word. */}
      {runs.length > 0 ? (
        <OutputRuns
          runs={runs}
          className="overflow-x-auto whitespace-pre"
          errClassName="whitespace-pre-wrap text-term-err"
        />
      ) : (
        <p className="font-sans text-xs text-term-fg/80">{t('noOutput')}</p>
      )}
    </div>
  );
}
