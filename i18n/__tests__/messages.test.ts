import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ja from '../../messages/ja.json';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));

const message = (t: Tree, key: string) => key.split('.').reduce<string | Tree>((n, k) => (n as Tree)[k], t) as string;

/**
 * The arguments and tags a parsed message takes: what the page passes, the same in either language.
 * Their kinds may differ (Japanese has no plural forms: `{n}` where English says `{n, plural, …}`).
 */
const argumentsOf = (els: MessageFormatElement[]): string[] =>
  els.flatMap((el): string[] => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return [];
    if (el.type === TYPE.tag) return [`<${el.value}>`, ...argumentsOf(el.children)];
    const own = `{${el.value}}`;
    if (el.type === TYPE.select || el.type === TYPE.plural)
      return [own, ...Object.values(el.options).flatMap((o) => argumentsOf(o.value))];
    return [own];
  });

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

  // next-intl formats every message with intl-messageformat, which parses it with this parser (tags
  // included): a message it cannot parse breaks `next build` or the page that shows it.
  it.each([
    ['en', en],
    ['ja', ja],
  ])('parse as ICU messages, as next-intl parses them (%s)', (_lang, tree) => {
    const broken = flatten(tree as Tree).flatMap((key) => {
      try {
        parse(message(tree as Tree, key));
        return [];
      } catch (e) {
        return [`${key}: ${(e as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('take the same arguments and tags in Japanese as in English', () => {
    const differ = flatten(en as Tree).flatMap((key) => {
      const args = (t: Tree) => [...new Set(argumentsOf(parse(message(t, key))))].sort();
      const [inEn, inJa] = [args(en as Tree), args(ja as Tree)];
      return JSON.stringify(inEn) === JSON.stringify(inJa)
        ? []
        : [`${key}: en ${inEn.join(' ')} / ja ${inJa.join(' ')}`];
    });
    expect(differ).toEqual([]);
  });

  it('are written in Japanese for Japanese, not left in English', () => {
    const same = flatten(en as Tree).filter((key) => {
      // Placeholders, product names and commands are not words to translate.
      const words = message(en as Tree, key).replace(/\{[^}]*\}|VirtLab|libvirt|virsh|xm|xl/g, '');
      return message(en as Tree, key) === message(ja as Tree, key) && /[a-z]{4}/.test(words);
    });
    expect(same).toEqual([]);
  });
});
