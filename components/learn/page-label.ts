/** A route of the app as a link text: '/' is the Overview, a domain page names its domain and host. */
export function pageLabel(path: string): string {
  const fixed: Record<string, string> = {
    '/': 'Overview',
    '/console': 'Console',
    '/compare': 'Compare migrations',
    '/learn': 'Lessons',
    '/glossary': 'Glossary',
  };
  if (fixed[path]) return fixed[path];
  const m = /^\/hosts\/([^/]+)\/domains\/([^/]+)$/.exec(path);
  return m ? `${decodeURIComponent(m[2])} on ${decodeURIComponent(m[1])}` : path;
}
