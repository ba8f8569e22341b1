import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import { LAYOUT_NAMESPACES, PAGE_NAMESPACES, type PageWithMessages } from '../page-messages';
import { clientNamespaces } from './client-namespaces';

const app = join(__dirname, '..', '..', 'app', '[locale]');
const known = Object.keys(en);

/** Every route under app/[locale]: its folder, and its page and layouts below the root layout. */
const routes = (dir = app): { route: string; files: string[] }[] => {
  const here = ['layout.tsx', 'page.tsx'].filter((f) => readdirSync(dir).includes(f)).map((f) => join(dir, f));
  const below = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory())
    .flatMap((f) =>
      routes(join(dir, f)).map((r) => ({
        ...r,
        files: [...here.filter((p) => p.endsWith('layout.tsx') && dir !== app), ...r.files],
      })),
    );
  const page = here.find((p) => p.endsWith('page.tsx'));
  const own = page
    ? [{ route: relative(app, dir) || '/', files: [...here.filter((p) => dir !== app || p === page)] }]
    : [];
  return [...own, ...below];
};

/** Which PAGE_NAMESPACES entry each route sends (routes not named send only the layout's). */
const PAGE_OF: Record<string, PageWithMessages | undefined> = {
  '/': 'overview',
  'hosts/[host]/domains/[name]': 'domain',
  compare: 'compare',
  drill: 'drill',
  glossary: 'glossary',
  'learn/[id]': 'lesson',
  open: 'open',
  console: undefined,
  learn: undefined,
};

const layout = clientNamespaces(['app/[locale]/layout.tsx'], known);

describe("each page's messages (i18n/page-messages.ts)", () => {
  it("the layout sends exactly the namespaces the app's frame uses in the browser", () => {
    expect([...LAYOUT_NAMESPACES].sort()).toEqual(layout.namespaces);
  });

  it('every route is listed', () => {
    expect(
      routes()
        .map((r) => r.route)
        .sort(),
    ).toEqual(Object.keys(PAGE_OF).sort());
  });

  it.each(routes().map((r) => [r.route, r.files] as const))(
    '%s: its client components find every namespace they use, and it sends none they do not',
    (route, files) => {
      const page = PAGE_OF[route];
      const own: readonly string[] = page ? PAGE_NAMESPACES[page] : [];
      const used = clientNamespaces(
        files.map((f) => relative(join(app, '..', '..'), f)),
        known,
      );
      const missing = used.namespaces
        .filter((ns) => !(LAYOUT_NAMESPACES as readonly string[]).includes(ns) && !own.includes(ns))
        .map((ns) => `${ns} (${used.why.get(ns)})`);
      expect(missing, 'used by a client component, not sent').toEqual([]);
      expect(
        own.filter((ns) => !used.namespaces.includes(ns)),
        'sent, not used',
      ).toEqual([]);
      expect(
        own.filter((ns) => (LAYOUT_NAMESPACES as readonly string[]).includes(ns)),
        'sent twice',
      ).toEqual([]);
      // The route's page or layout wraps its children in the provider that sends them.
      if (page) expect(files.map((f) => readFileSync(f, 'utf8')).join('\n')).toContain(`<PageMessages page="${page}"`);
    },
  );

  it('the walk finds what a client component uses, and not what a server component translates', () => {
    // The compare page's explanations (ExplainPanel) are translated on the server; ComparePage is a client component.
    const compare = clientNamespaces(['components/compare/ComparePage.tsx'], known);
    expect(compare.namespaces).toContain('compare');
    expect(clientNamespaces(['app/[locale]/layout.tsx'], known).namespaces).not.toContain('meta');
  });
});
