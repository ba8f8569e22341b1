/**
 * What MSW's cookie store needs of `tough-cookie`, without its cookie jar: next.config.js puts this
 * module in its place in the browser. The lab's handlers read no cookies and set none, and the real
 * jar brings tldts's public-suffix list (~126 KB) into the lab's worker and the page's MSW
 * (docs/decisions/022-…). Cookies the page itself has still reach a handler through MSW's
 * `document.cookie` path; only MSW's own store of mocked cookies is empty.
 */
type Cookie = { key: string; value: string };

/** MSW reads its stored cookies back with this; none are stored. */
export const Cookie = { fromJSON: (): Cookie | null => null };

export class MemoryCookieStore {
  idx: Record<string, never> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}
