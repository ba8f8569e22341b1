/** Every route of the app, in one place. */
export const paths = {
  overview: () => '/',
  domain: (host: string, name: string) => `/hosts/${encodeURIComponent(host)}/domains/${encodeURIComponent(name)}`,
  console: (host?: string) => (host ? `/console?host=${encodeURIComponent(host)}` : '/console'),
  learn: (lesson?: string) => (lesson ? `/learn/${encodeURIComponent(lesson)}` : '/learn'),
  glossary: (term?: string) => (term ? `/glossary#${term}` : '/glossary'),
  /** The live-vs-offline compare page; `query` from components/compare/compare-query.ts. */
  compare: (query?: string) => (query ? `/compare?${query}` : '/compare'),
  /** Exam practice; `query` from components/drill/drill-query.ts (the session's seed and tags). */
  drill: (query?: string) => (query ? `/drill?${query}` : '/drill'),
  /**
   * Opens the lab a link carries in its fragment (`#lab=…`, lib/lab-file/link.ts), then that host's
   * console; `drill`: the drill page's query a question's "Try it in the lab" came from (components/lab/open-landing.ts).
   */
  openLab: (fragment: string, host?: string, drill?: string) => {
    const q = new URLSearchParams();
    if (host) q.set('host', host);
    if (drill !== undefined) q.set('drill', drill);
    return `/open${q.size ? `?${q}` : ''}#${fragment}`;
  },
};
