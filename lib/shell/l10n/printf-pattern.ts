/**
 * A printf conversion as libvirt's messages use them: %s, %d, %lld, %zu, %llu, %.3f, %1$s, %%.
 * Splitting a msgid on it leaves its fixed text.
 */
export const conversion = /%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?[sdiufxXgeEcp%]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A msgid as a regular expression over a printed line: each conversion a lazy capture (%d
 * digits), in the order of the msgid; `%1$s` style positions say where each goes in the msgstr.
 */
export function msgidPattern(msgid: string): RegExp {
  const parts = msgid.split(new RegExp(`(${conversion.source})`));
  let re = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i % 2 === 0) re += escapeRegExp(p);
    else if (p === '%%') re += '%';
    else re += /[diu]$/.test(p) ? '(-?\\d+)' : /[fgeE]$/.test(p) ? '(-?[\\d.]+)' : '(.*?)';
  }
  return new RegExp(`^${re}$`, 's');
}

/** The msgstr with the captured values put back: in order, or by their `%n$` positions. */
export function fillMsgstr(msgstr: string, values: readonly string[]): string {
  let next = 0;
  return msgstr.replace(new RegExp(conversion.source, 'g'), (c) => {
    if (c === '%%') return '%';
    const pos = /^%(\d+)\$/.exec(c);
    return values[pos ? Number(pos[1]) - 1 : next++] ?? c;
  });
}
