import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Which top-level message namespaces the client components reachable from an entry (a layout or a
 * page) use: a walk of the import graph, static and lazy imports alike (a dialog loaded on first use
 * still renders inside the page's provider), that tracks where the client boundary is — a module
 * marked 'use client' and everything it imports run in the browser and need their messages sent;
 * a server component translates on the server and needs none.
 *
 * A client module uses a namespace when it calls `useTranslations('ns…')`, or names a key of it in
 * full (`'ns.key'`, `` `ns.${…}` ``: the untyped translators of lib/actions' tables and the domain page).
 */
const root = join(__dirname, '..', '..');

const resolve = (from: string, spec: string): string | undefined => {
  const base = spec.startsWith('@/')
    ? join(root, spec.slice(2))
    : spec.startsWith('.')
      ? join(dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p)) return p;
  return undefined;
};

const imports = (file: string, text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)]
    .map((m) => resolve(file, m[1]))
    .filter((p): p is string => !!p);

const isClient = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(text);

export function clientNamespaces(
  entries: string[],
  known: readonly string[],
): { namespaces: string[]; why: Map<string, string> } {
  const seen = new Set<string>();
  const why = new Map<string, string>();
  const visit = (file: string, client: boolean) => {
    const text = readFileSync(file, 'utf8');
    const inClient = client || isClient(text);
    const key = `${inClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (inClient) {
      const named = [
        ...[...text.matchAll(/useTranslations\(\s*['"]([^'".]+)/g)].map((m) => m[1]),
        ...[...text.matchAll(/['"`]([A-Za-z]+)\.[A-Za-z$]/g)].map((m) => m[1]),
      ];
      for (const ns of named) if (known.includes(ns) && !why.has(ns)) why.set(ns, relative(root, file));
    }
    for (const next of imports(file, text)) visit(next, inClient);
  };
  for (const entry of entries) visit(join(root, entry), false);
  return { namespaces: [...why.keys()].sort(), why };
}
