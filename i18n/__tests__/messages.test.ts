import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ja from '../../messages/ja.json';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === '__tests__' || f === 'node_modules') return [];
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const source = ['app', 'components', 'i18n', 'lib']
  .flatMap(sourceFiles)
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');
/** Every quoted string in the code, and every `….leaf` that ends a template. */
const literals = new Set([...source.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]));
const builtLeaves = new Set([...source.matchAll(/\.(\w+)`/g)].map((m) => m[1]));

describe('UI messages (messages/*.json)', () => {
  it('have the same keys in English and Japanese', () => {
    expect(flatten(ja as Tree).sort()).toEqual(flatten(en as Tree).sort());
  });

  it('are all used: each namespace is asked for and each key named in the code', () => {
    const unused = flatten(en as Tree).filter((key) => {
      const parts = key.split('.');
      const leaf = parts.at(-1)!;
      const namespaces = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
      const named = (s: string) => literals.has(s);
      // `${item}.term`: a key built from a list of items and a fixed leaf
      const built = builtLeaves.has(leaf);
      // t('phase.stopCopy'): the key named with part of its namespace path
      const suffixes = parts.slice(0, -1).map((_, i) => parts.slice(i + 1).join('.'));
      // msg('forms.text.size'): the whole key named where it is built (lib/actions' form table)
      if (named(key)) return false;
      return !(suffixes.some(named) || built) || !namespaces.some(named);
    });
    expect(unused).toEqual([]);
  });

  it('are written in Japanese for Japanese, not left in English', () => {
    const same = flatten(en as Tree).filter((key) => {
      const get = (t: Tree) => key.split('.').reduce<string | Tree>((n, k) => (n as Tree)[k], t);
      // Placeholders, product names and commands are not words to translate.
      const words = (get(en as Tree) as string).replace(/\{[^}]*\}|VirtLab|libvirt|virsh|xm|xl/g, '');
      return get(en as Tree) === get(ja as Tree) && /[a-z]{4}/.test(words);
    });
    expect(same).toEqual([]);
  });
});
