'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/i18n/navigation';
import { useImportLesson } from '@/lib/api/lessons';
import { type LessonLocale, localizeOutline } from '@/lib/lessons/i18n';
import { paths } from '@/lib/routes';
import { Button } from '@/components/ui/Button';
import { FileButton } from '@/components/ui/FileButton';
import { useLessonRefusal } from './use-lesson-refusal';

const field = 'rounded-md border border-line bg-panel px-2 py-1 text-sm';

/**
 * Imports a lesson file (docs/lesson-format.md) from a file or a URL. The lab reads it, replays its
 * solution and keeps it, or says which field is wrong and why; nothing is kept then. A URL is
 * fetched by this page, so the Content-Security-Policy lets only this site's own addresses through.
 */
export function LessonImport() {
  const t = useTranslations('learn.import');
  const locale = useLocale() as LessonLocale;
  const importLesson = useImportLesson(locale);
  const refusal = useLessonRefusal();
  const [url, setUrl] = useState('');
  const [fetchError, setFetchError] = useState<string | null>(null);
  const send = (text: string) => {
    setFetchError(null);
    importLesson.mutate(text);
  };
  const fromUrl = async () => {
    try {
      const res = await fetch(new URL(url, location.href));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      send(await res.text());
    } catch (e) {
      importLesson.reset();
      setFetchError(t('fetchFailed', { url, why: (e as Error).message }));
    }
  };
  const imported = importLesson.data && localizeOutline(importLesson.data.outline, locale);
  return (
    <section aria-labelledby="lesson-import" className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4">
      <h2 id="lesson-import" className="text-base font-semibold">
        {t('heading')}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t.rich('intro', { code: (c) => <code>{c}</code> })}</p>
      <FileButton
        label={t('file')}
        choose={t('choose')}
        accept=".json,application/json"
        onFile={async (file) => send(await file.text())}
      />
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) void fromUrl();
        }}
      >
        <label className="flex min-w-0 flex-1 flex-wrap items-center gap-2 text-sm">
          <span>{t('url')}</span>
          <input
            type="text"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://…/my-lesson.json"
            className={`${field} min-w-0 flex-1`}
          />
        </label>
        <Button type="submit" size="sm" pending={importLesson.isPending}>
          {t('fetch')}
        </Button>
      </form>
      {(importLesson.isError || fetchError) && (
        <p role="alert" className="text-sm text-danger">
          {fetchError ?? t('refused', { why: refusal(importLesson.error) })}
        </p>
      )}
      {imported && (
        <p role="status" className="text-sm">
          {t('imported', { title: imported.title })}{' '}
          <Link href={paths.learn(imported.id)} className="text-accent underline underline-offset-2">
            {t('open')}
          </Link>
        </p>
      )}
    </section>
  );
}
