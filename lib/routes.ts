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
  /** Opens the lab a link carries in its fragment (`#lab=…`, lib/lab-file/link.ts), then that host's console. */
  openLab: (fragment: string, host?: string) => `/open${host ? `?host=${encodeURIComponent(host)}` : ''}#${fragment}`,
};
