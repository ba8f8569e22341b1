import type { LineEditor } from './editor';

/** The lab host's user database: root alone, at home in /root (virsh's `cd` goes there too). */
const HOMES: Record<string, string> = { '': '/root', root: '/root' };
const blank = (c: string | undefined) => c === ' ' || c === '\t';

/** tilde_expand_word: `~` or `~user` up to the first `/`; an unknown user is left as it is. */
function expand(word: string): string {
  const slash = word.indexOf('/');
  const user = slash < 0 ? word.slice(1) : word.slice(1, slash);
  const home = HOMES[user];
  return home === undefined ? word : home + (slash < 0 ? '' : word.slice(slash));
}

/**
 * rl_tilde_expand (M-&, vi `&`): the blank-separated word the cursor is in or just after, when it
 * begins with `~`, is replaced by its expansion; the cursor ends after it. Anything else: nothing.
 */
export function tildeExpand(ed: LineEditor) {
  const { buf } = ed;
  const t = buf.text;
  let start = buf.point - 1;
  if (start >= 0 && t[start] !== '~') {
    while (start >= 0 && !blank(t[start])) start--;
    start++;
  } else if (start < 0) start = 0;
  let end = start;
  do end++;
  while (!blank(t[end]) && end < t.length);
  if (blank(t[end]) || end >= t.length) end--;
  if (t[start] !== '~') return;
  const word = t.slice(start, end + 1);
  const home = expand(word);
  buf.beginGroup();
  buf.delete(start, end + 1);
  buf.point = start;
  buf.insert(home);
  buf.endGroup();
}
