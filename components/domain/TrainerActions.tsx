'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import { useCrashGuest } from '@/lib/api/trainer';
import { realBackend } from '@/lib/browser/backend';
import { Button } from '@/components/ui/Button';
import { useWhyNot } from '@/components/actions/use-why-not';
import { VirshError } from '@/components/actions/VirshError';

const eventWords = (e: { event: string; detail: string }) => `${e.event} ${e.detail}`.trim();
/** QEMU never hears a guest's panic without a panic device (063), Xen an HVM guest's without PV drivers (068). */
const unheardBy = (d: ApiDomain): 'qemu' | 'xen' | null => {
  const facts = d.live ?? d.config;
  if (d.driver === 'qemu' && facts?.panic.length === 0) return 'qemu';
  return d.driver === 'xen' && facts?.osType === 'hvm' ? 'xen' : null;
};

/**
 * What a trainer does to a guest that no command does (decision 055): its kernel panics, and the
 * domain's on_crash action (`virsh set-lifecycle-action D crash …`, `on_crash = …`) decides what follows.
 * The page keys it by host and name: what a crash did is told on that domain's page only.
 */
export function TrainerActions({ domain }: { domain: ApiDomain }) {
  const t = useTranslations('trainer');
  const why = useWhyNot()('crash', domain.actions.crash);
  const crash = useCrashGuest();
  const hintId = useId();
  // A real libvirt has no lab guest to panic.
  if (realBackend()) return null;
  const done = crash.data;
  const unheard = unheardBy(domain);
  return (
    <section aria-label={t('title')} className="flex flex-col gap-1 rounded border border-border p-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-muted">{t('title')}</span>
        <Button
          size="sm"
          variant="danger"
          pending={crash.isPending}
          disabledWhy={why}
          aria-describedby={hintId}
          onClick={() => crash.mutate({ host: domain.host, name: domain.name })}
        >
          {t('crash')}
        </Button>
        <span id={hintId} className="text-muted">
          {why ??
            (unheard
              ? t(unheard === 'qemu' ? 'noPanicHint' : 'noPvHint', { name: domain.name, action: domain.onCrash })
              : t('crashHint', { action: domain.onCrash }))}
        </span>
      </div>
      {done?.hung && <p role="status">{t(domain.driver === 'xen' ? 'hungXen' : 'hung')}</p>}
      {done && !done.hung && (
        <p role="status">
          {t('crashed', { action: done.onCrash, events: done.events.map(eventWords).join(', ') })}
          {done.dumpFile && (
            <>
              {' '}
              {t('dumped')} <code className="break-all">{done.dumpFile}</code>
            </>
          )}
        </p>
      )}
      {crash.isError && (
        <p role="alert" className="text-danger">
          <VirshError message={crash.error.message} />
        </p>
      )}
    </section>
  );
}
