'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { worldFile } from '@/lib/lab-file/format';
import { encodeLabLink } from '@/lib/lab-file/link';
import type { Question } from '@/lib/drills/types';
import { paths } from '@/lib/routes';
import { drillQuery, readDrillQuery } from './drill-query';
import { Link } from '@/i18n/navigation';

/**
 * "Try it in the lab": a share link to the question's lab, landing on its host's console (or the
 * compare page with its migration). It names this drill page, so /open words it as the question's
 * lab and offers the way back (components/lab/open-landing.ts).
 */
export function TryItLink({ q }: { q: Question }) {
  const t = useTranslations('drill');
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const { tryIt } = q;
    if ('compare' in tryIt) {
      setHref(paths.compare(new URLSearchParams(tryIt.compare).toString()));
      return;
    }
    let live = true;
    // Back to this session at this question; a page with no session in its URL, to the question alone.
    const search = new URLSearchParams(location.search);
    const back = drillQuery(search.has('seed') || search.has('q') ? readDrillQuery(search) : { q: q.id });
    void worldFile(tryIt.lab.world, tryIt.lab.now)
      .then((f) => encodeLabLink(JSON.stringify(f)))
      .then((fragment) => live && setHref(fragment ? paths.openLab(fragment, tryIt.lab.host, back) : null));
    return () => {
      live = false;
    };
  }, [q]);
  if (!href) return null;
  return (
    <Link href={href} prefetch={false} className="text-sm text-accent underline underline-offset-2">
      {t('tryIt')}
    </Link>
  );
}
