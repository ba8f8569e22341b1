'use client';

import { useTranslations } from 'next-intl';
import type { ApiMigrationJob, Transcript } from '@/lib/api/contract';
import { CommandEcho } from '@/components/actions/CommandEcho';

/**
 * How the job's commands ended, as a terminal shows them: the migrate line with the error virsh
 * printed when its job failed or was cancelled, then the domjobabort the Cancel button ran.
 */
export function JobEcho({
  job,
  error,
  abort,
}: {
  job: ApiMigrationJob;
  error: string | null;
  abort: Transcript | null;
}) {
  const t = useTranslations('job');
  if (!job.line && !abort) return null;
  return (
    <section
      aria-label={t('echo')}
      className="flex flex-col gap-2 rounded-md border border-line bg-term-bg p-3 text-term-fg"
    >
      {job.line && (
        <CommandEcho
          role="group"
          label={t('echoMigrate')}
          transcript={{ host: job.source, line: job.line, stdout: '', stderr: error ? `${error}\n` : '' }}
        />
      )}
      {abort && <CommandEcho role="group" label={t('echoAbort')} transcript={abort} />}
    </section>
  );
}
