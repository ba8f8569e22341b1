import type { OverviewLists } from '@/lib/api/contract';
import { toDomainSummary, toHost } from './map';
import { freshLab } from './store';

/**
 * What the API answers on a first visit, before anything is stored: the built-in lab. Computed
 * when `/` is prerendered (app/page.tsx), by the same mapping the handlers use, so the page's HTML
 * holds the real list; a test checks it against the API's own answers. Nothing here depends on
 * the time (`freshLab`'s clock only dates the boots, which neither list shows).
 */
export function firstVisitLists(): OverviewLists {
  const { world } = freshLab(0);
  return {
    hosts: world.hosts.map(toHost),
    domains: world.hosts.flatMap((h) => h.domains.map((d) => toDomainSummary(h, d))),
  };
}
