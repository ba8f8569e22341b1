import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '../handlers';
import { quickSkip } from '../quick-skip';

const matches = async (h: ReturnType<typeof http.get>, method: string, url: string) =>
  (await h.parse({ request: new Request(url, { method }) })).match.matches;

describe('quickSkip', () => {
  it('lets through what MSW matches, and skips the rest', async () => {
    const [h] = quickSkip([http.get('*/api/hosts/:host/domains/:name', () => HttpResponse.json({}))]);
    for (const url of [
      'http://lab.test/api/hosts/kvm1/domains/web01',
      'http://lab.test/api/hosts/kvm1/domains/%3Cimg%20src%3Dx%3E/',
      'http://LAB.test/API/hosts/kvm1/domains/web01?x=1',
    ])
      expect(await matches(h, 'GET', url), url).toBe(true);
    for (const [method, url] of [
      ['POST', 'http://lab.test/api/hosts/kvm1/domains/web01'],
      ['GET', 'http://lab.test/api/hosts/kvm1/domains'],
      ['GET', 'http://lab.test/api/hosts/kvm1/domains/web01/job'],
      ['GET', 'http://lab.test/_next/static/chunks/a.js'],
    ])
      expect(await matches(h, method, url), `${method} ${url}`).toBe(false);
  });

  it('keeps every handler of the lab reachable at its own pattern', async () => {
    for (const h of quickSkip([...handlers])) {
      if (!(typeof h.info.path === 'string')) continue;
      const url = h.info.path.replace('*', 'http://lab.test').replace(/:[A-Za-z0-9_]+/g, 'x%20y');
      expect(
        await matches(h as ReturnType<typeof http.get>, String(h.info.method), url),
        `${String(h.info.method)} ${h.info.path}`,
      ).toBe(true);
    }
  });
});
