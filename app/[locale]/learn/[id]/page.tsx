'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue } from 'react';
import { LessonIntro } from '@/components/learn/LessonIntro';
import { useUrlSegments } from '@/components/ui/use-url-segment';

/** One shell for every lesson (layout.tsx): the id is read from the address bar. */
export default function Page() {
  const t = useTranslations('lesson');
  // The id is known in the render right after hydration, which React runs in one task with
  // hydration's effects; the lesson (its queries, its render) follows in a background render of its
  // own, which React slices (decision 071).
  const id = useDeferredValue(useUrlSegments(/\/learn\/([^/]+)\/?$/)?.[0]);
  if (!id)
    return (
      <p role="status" className="text-muted">
        {t('loading')}
      </p>
    );
  return <LessonIntro key={id} id={id} />;
}
