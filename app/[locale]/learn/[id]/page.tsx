'use client';

import { useTranslations } from 'next-intl';
import { LessonIntro } from '@/components/learn/LessonIntro';
import { useUrlSegments } from '@/components/ui/use-url-segment';

/** One shell for every lesson (layout.tsx): the id is read from the address bar. */
export default function Page() {
  const t = useTranslations('lesson');
  const id = useUrlSegments(/\/learn\/([^/]+)\/?$/)?.[0];
  if (!id)
    return (
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    );
  return <LessonIntro key={id} id={id} />;
}
