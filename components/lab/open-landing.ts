import { paths } from '@/lib/routes';

/** The drill page's own fields (components/drill/drill-query.ts), each a short word: anything else is dropped. */
const DRILL_FIELDS = ['q', 'seed', 'tags', 'level', 'n'];
const drillBack = (from: string) => {
  const kept = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(from))
    if (DRILL_FIELDS.includes(k) && /^[\w.,-]{1,64}$/.test(v)) kept.set(k, v);
  return paths.drill(kept.toString());
};

/**
 * Where /open was sent from and where it goes: `?host=` the console to land on, `?drill=` the drill
 * URL a "Try it in the lab" came from (its query), for the page's words and the way back to the question.
 */
export interface Landing {
  /** Where to go once the lab is open. */
  after: string;
  host: string | null;
  /** The drill page to go back to, when the link is a drill question's. */
  drill: string | null;
}

export function readLanding(search: string): Landing {
  const q = new URLSearchParams(search);
  const raw = q.get('host');
  // Anything but a host name is ignored.
  const host = raw && /^[\w.-]{1,64}$/.test(raw) ? raw : null;
  const from = q.get('drill');
  const drill = from === null ? null : drillBack(from);
  return { after: host ? paths.console(host) : paths.overview(), host, drill };
}
