'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { labFileProblem, useImportLab } from '@/lib/api/lab-file';
import { decodeLabLink } from '@/lib/lab-file/link';
import { paths } from '@/lib/routes';
import { useRouter } from '@/i18n/navigation';
import { Button } from '@/components/ui/Button';
import { toastSuccess } from './Toasts';
import { type Landing, readLanding } from './open-landing';
import { useLabFileError } from './use-lab-file-error';

type Read =
  | { state: 'reading' }
  | { state: 'broken' }
  | { state: 'ready'; json: string; hosts: number; domains: number };

/** What a lab file's text says about its lab, or null when it is not one to offer. */
function summary(json: string): { hosts: number; domains: number } | null {
  try {
    const hosts = (JSON.parse(json) as { lab?: { world?: { hosts?: { domains?: unknown[] }[] } } }).lab?.world?.hosts;
    return Array.isArray(hosts)
      ? { hosts: hosts.length, domains: hosts.reduce((n, h) => n + (h.domains?.length ?? 0), 0) }
      : null;
  } catch {
    return null;
  }
}

/**
 * /open#lab=…: says what the link carries and replaces the lab only when asked; the API checks
 * the file as it checks an imported one (a damaged or edited link changes nothing). A drill
 * question's link (`?drill=`) is worded as the question's lab — it carries no lesson progress, so
 * the learner's is kept — and offers the way back to the question.
 */
export function OpenLabLink() {
  const t = useTranslations('openLab');
  const problemText = useLabFileError();
  const router = useRouter();
  const importLab = useImportLab();
  const [read, setRead] = useState<Read>({ state: 'reading' });
  const [landing, setLanding] = useState<Landing>({ after: paths.overview(), host: null, drill: null });
  const d = landing.drill !== null;
  useEffect(() => {
    setLanding(readLanding(location.search));
    const readHash = () =>
      void decodeLabLink(location.hash).then((json) => {
        const s = json === null ? null : summary(json);
        setRead(s && json ? { state: 'ready', json, ...s } : { state: 'broken' });
      });
    readHash();
    // Another link pasted into the address bar changes only the fragment.
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, []);
  const open = (json: string) =>
    importLab.mutate(json, {
      onSuccess: () => {
        toastSuccess(t(d ? 'question.opened' : 'opened'));
        router.push(landing.after);
      },
    });
  return (
    <section aria-labelledby="open-lab" className="mx-auto max-w-xl space-y-4">
      <h1 id="open-lab" className="text-2xl font-semibold">
        {t(d ? 'question.title' : 'title')}
      </h1>
      {read.state === 'reading' && <p role="status">{t('reading')}</p>}
      {read.state === 'broken' && <p role="alert">{t('broken')}</p>}
      {read.state === 'ready' && (
        <>
          <p>
            {t(d ? 'question.summary' : 'summary', { hosts: read.hosts, domains: read.domains })}
            {d && landing.host && ` ${t('question.lands', { host: landing.host })}`}
          </p>
          <p className="text-sm text-muted">{t(d ? 'question.replaces' : 'replaces')}</p>
          {importLab.isError && (
            <p role="alert" className="text-danger">
              {problemText(labFileProblem(importLab.error), importLab.error)}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" pending={importLab.isPending} onClick={() => open(read.json)}>
              {t(d ? 'question.open' : 'open')}
            </Button>
            <Button onClick={() => router.push(landing.drill ?? paths.overview())}>
              {t(d ? 'question.back' : 'keep')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
