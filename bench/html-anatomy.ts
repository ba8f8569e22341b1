/**
 * What a page's HTML carries, in bytes (raw and gzip -9), load-independent: the inlined stylesheet
 * (`<style data-href>`, experimental.inlineCss), the RSC payload (`self.__next_f.push` scripts) and in it
 * the stylesheet's second copy (a Flight text row `id:T<hex length>,…`: Next renders the inlined
 * `<style>` as an element of the server tree, so its text is serialized too; the browser never reads it —
 * React adopts the `<style data-href>` already in the document), the `messages` props (the frame's and the
 * page's NextIntlClientProvider), and the inline `<head>` scripts written a second time as props. Also what
 * the HTML would weigh without the payload's copy of the stylesheet (computed here, nothing is served so).
 * `npx tsx bench/html-anatomy.ts http://127.0.0.1:PORT / /compare /hosts/kvm1/domains/web01 /learn/autostart`
 */
import { gzipSync } from 'node:zlib';

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const bytes = (s: string) => Buffer.byteLength(s);

const PUSH = /<script>self\.__next_f\.push\((\[1,".*?"\])\)<\/script>/gs;

/** The payload's rows, decoded (each push is a JSON array `[1, "text"]`). */
const payloadOf = (html: string) => [...html.matchAll(PUSH)].map((m) => (JSON.parse(m[1]) as [number, string])[1]);

/** The stylesheet's text row in a decoded payload chunk: `id:T<hex>,` followed by that many UTF-8 bytes. */
function cssRow(chunk: string): { start: number; end: number } | undefined {
  const m = /(?:^|\n)[0-9a-f]+:T([0-9a-f]+),(?=@layer|@charset|:root|\*|html)/.exec(chunk);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  const length = Buffer.from(chunk.slice(at)).subarray(0, Number.parseInt(m[1], 16)).toString().length;
  return { start: at, end: at + length };
}

/** The JSON object that starts at `i` (a `{`), by brace matching outside strings. */
function objectAt(s: string, i: number): string {
  let depth = 0;
  let inString = false;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (inString) {
      if (c === '\\') j++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return s.slice(i, j + 1);
  }
  return s.slice(i);
}

/** The page's HTML rewritten with the payload's stylesheet row emptied (what a single copy would weigh). */
function withoutCssCopy(html: string): string {
  return html.replace(PUSH, (whole, arr: string) => {
    const text = (JSON.parse(arr) as [number, string])[1];
    const row = cssRow(text);
    if (!row) return whole;
    const cut = text.slice(0, row.start).replace(/T[0-9a-f]+,$/, 'T0,') + text.slice(row.end);
    return `<script>self.__next_f.push(${JSON.stringify([1, cut]).replace(/</g, '\\u003c')})</script>`;
  });
}

export interface Anatomy {
  html: [number, number];
  style: number;
  payload: number;
  cssCopy: number;
  messages: number[];
  headScriptsCopy: number;
  withoutCssCopy: [number, number];
}

export async function anatomy(url: string): Promise<Anatomy> {
  const html = await (await fetch(url)).text();
  const style = /<style[^>]*data-href[^>]*>(.*?)<\/style>/s.exec(html)?.[1] ?? '';
  const chunks = payloadOf(html);
  const payload = chunks.join('');
  const row = chunks.map(cssRow).find(Boolean);
  const cssChunk = chunks.find((c) => cssRow(c));
  const messages = [...payload.matchAll(/"messages":\{/g)].map((m) => bytes(objectAt(payload, m.index + 11)));
  const headScripts = [...html.slice(0, html.indexOf('</head>')).matchAll(/<script>(.*?)<\/script>/gs)].map(
    (m) => m[1],
  );
  const lighter = withoutCssCopy(html);
  return {
    html: [bytes(html), gz(html)],
    style: bytes(style),
    payload: bytes(payload),
    cssCopy: row && cssChunk ? bytes(cssChunk.slice(row.start, row.end)) : 0,
    messages,
    headScriptsCopy: headScripts.filter((s) => payload.includes(s.slice(0, 60))).reduce((n, s) => n + bytes(s), 0),
    withoutCssCopy: [bytes(lighter), gz(lighter)],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [origin = 'http://127.0.0.1:3210', ...paths] = process.argv.slice(2);
  void (async () => {
    for (const path of paths.length ? paths : ['/']) {
      const a = await anatomy(origin + path);
      console.log(
        `${path}: HTML ${a.html[0]} B (gzip ${a.html[1]}); <style> ${a.style}; RSC payload ${a.payload}, of it the stylesheet again ${a.cssCopy}, messages ${a.messages.join(' + ')}, <head> scripts again ${a.headScriptsCopy}; without the payload's stylesheet: ${a.withoutCssCopy[0]} B (gzip ${a.withoutCssCopy[1]})`,
      );
    }
  })();
}
