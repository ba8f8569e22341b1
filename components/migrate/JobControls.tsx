'use client';

import { useTranslations } from 'next-intl';
import type { ApiMigrationJob, Transcript } from '@/lib/api/contract';
import { useJobCommand, useLabClock, useSetClockRate } from '@/lib/api/migration';
import { realBackend } from '@/lib/browser/backend';
import { HintButton } from '@/components/ui/HintButton';

const RATES = [1, 10] as const;

/**
 * Cancel is `virsh domjobabort`, which libvirt's libxl driver does not have (a Xen job). Cutting the link is failure injection. Speed: simulated time
 * runs at 1× (the wall clock) or 10× for the whole lab while a job runs, or skips to the job's end.
 */
export function JobControls({ job, onCommand }: { job: ApiMigrationJob; onCommand?: (t: Transcript) => void }) {
  // Cancel is `virsh domjobabort`: echoed with what virsh printed, refused or not.
  const t = useTranslations('job.controls');
  const command = useJobCommand(onCommand);
  const clock = useLabClock();
  const setRate = useSetClockRate();
  const target = { host: job.source, name: job.domain };
  const busy = command.isPending ? command.variables?.command : null;
  const rate = clock.data?.rate ?? 1;
  // Real libvirt has no lab link to cut and no lab clock: only virsh domjobabort applies there.
  const lab = !realBackend();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <HintButton
        variant="danger"
        pending={busy === 'cancel'}
        disabledWhy={job.xen ? t('noAbortXen') : undefined}
        onClick={() => command.mutate({ ...target, command: 'cancel' })}
      >
        {t('cancel')}
      </HintButton>
      {lab && (
        <HintButton
          pending={busy === 'cut'}
          onClick={() => command.mutate({ ...target, command: 'cut' })}
          hint={t('cutHint')}
        >
          {t('cut')}
        </HintButton>
      )}
      {lab && (
        <div role="group" aria-label={t('time')} className="ml-auto flex items-center gap-1">
          <span className="text-sm text-muted">{t('speed')}</span>
          {RATES.map((r) => (
            <HintButton
              key={r}
              size="sm"
              variant={rate === r ? 'primary' : 'secondary'}
              aria-pressed={rate === r}
              onClick={() => setRate.mutate(r)}
            >
              {r}×
            </HintButton>
          ))}
          <HintButton
            size="sm"
            pending={busy === 'skip'}
            disabledWhy={
              job.postcopyFailed ? t('postcopyFailed') : job.endsAt === null ? t('nothingToSkip') : undefined
            }
            onClick={() => command.mutate({ ...target, command: 'skip' })}
          >
            {t('skip')}
          </HintButton>
        </div>
      )}
    </div>
  );
}
