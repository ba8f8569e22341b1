'use client';

import { useTranslations } from 'next-intl';
import type { Transcript } from '@/lib/api/contract';
import { useOutputRuns } from '@/lib/browser/tool-output';
import { bashPrompt } from '@/lib/shell/prompt';
import { OutputRuns } from '@/components/ui/OutputRuns';

/** bash's prompt on a lab host, or QEMU's monitor prompt while `-monitor stdio` holds the console. */
export const prompt = (host: string, cwd: string, qemu?: boolean) => (qemu ? '(qemu)' : bashPrompt(host, cwd));

/** One line run at the console (or by a button, marked so) and what it printed. */
export function ConsoleEntry({ t }: { t: Transcript }) {
  const tr = useTranslations('console');
  // The runs as the terminal showed them; a line worded anew for the page (a button's virsh on a
  // Japanese page) is worded run by run, so its order holds (decision 086).
  const runs = useOutputRuns(t);
  return (
    <div className="mb-1">
      <div>
        <span className="text-term-prompt">{prompt(t.host, t.typedIn ?? t.cwd, t.at === 'qemu')}</span>{' '}
        <span className="terminal-wrap">{t.line.replace(/\n/g, '\n> ')}</span>
        {t.source === 'button' && <span className="ml-2 text-[0.7rem] text-term-fg/70">{tr('fromButton')}</span>}
      </div>
      {runs.length > 0 && <OutputRuns runs={runs} className="terminal-wrap" />}
    </div>
  );
}
