import { expect, test } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript checked with @ts-check, no declarations
import { lazyChunks } from '../../../scripts/list-lazy-chunks.mjs';

// Two loader modules as Turbopack writes them into a client chunk (taken from a build), and a
// chunk with none.
const withLoaders =
  '95823,e=>{e.v(t=>Promise.all(["static/chunks/2muyufv4_-bjb.js","static/chunks/434ige714a_3g.js"].map(t=>e.l(t))).then(()=>t(21309)))},' +
  '40100,e=>{e.v(t=>Promise.all(["static/chunks/434ige714a_3g.js","static/chunks/0sxk-rwfcobkg.js","static/chunks/1k0y3a0x5y-m0.css"].map(t=>e.l(t))).then(()=>t(4)))}';
const without = 'e.s(["f",0,{overview:()=>"/"}]);const x=Promise.all([a,b].map(f));';

test("every chunk a lazy import loads, once each, at Turbopack's base path", () => {
  expect(lazyChunks([withLoaders, without])).toEqual([
    '/_next/static/chunks/0sxk-rwfcobkg.js',
    '/_next/static/chunks/1k0y3a0x5y-m0.css',
    '/_next/static/chunks/2muyufv4_-bjb.js',
    '/_next/static/chunks/434ige714a_3g.js',
  ]);
});

test('chunks with no loader list nothing (the build then fails: the format changed)', () => {
  expect(lazyChunks([without])).toEqual([]);
});
