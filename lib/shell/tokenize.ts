/**
 * virsh's command-string tokenizer (vshCommandStringGetArg): blanks separate words, `;` and
 * newlines separate commands, `#` starts a comment, '...' is literal, "..." allows \ escapes.
 * A line with a quoting error yields an error and no commands: virsh then runs nothing.
 */
export type TokenizeResult =
  | { ok: true; commands: string[][] }
  /** `partial`: the words the unfinished command had before the error. */
  | { ok: false; error: string; commands: string[][]; partial: string[] };

export function tokenize(line: string): TokenizeResult {
  const commands: string[][] = [];
  let words: string[] = [];
  let p = 0;
  const endCommand = () => {
    if (words.length) commands.push(words);
    words = [];
  };
  while (true) {
    while (line[p] === ' ' || line[p] === '\t' || (line[p] === '\\' && line[p + 1] === '\n'))
      p += line[p] === '\\' ? 2 : 1;
    if (p >= line.length) break;
    if (line[p] === ';' || line[p] === '\n') {
      p++;
      endCommand();
      continue;
    }
    if (line[p] === '#') {
      while (p < line.length && line[p] !== '\n') p++;
      p++;
      endCommand();
      continue;
    }
    let single = false,
      double = false,
      word = '';
    while (p < line.length) {
      const c = line[p];
      if (!single && !double && (c === ' ' || c === '\t' || c === ';' || c === '\n')) break;
      if (!double && c === "'") {
        single = !single;
        p++;
        continue;
      }
      if (!single && c === '\\') {
        p++;
        if (p >= line.length) return { ok: false, error: 'dangling \\', commands, partial: words };
        if (line[p] === '\n') {
          p++;
          continue;
        }
      } else if (!single && c === '"') {
        double = !double;
        p++;
        continue;
      }
      word += line[p++];
    }
    if (double) return { ok: false, error: 'missing "', commands, partial: words };
    words.push(word);
  }
  endCommand();
  return { ok: true, commands };
}

/** Quotes a word so that tokenize() gives it back (used for "equivalent command" text). */
export function quoteWord(word: string): string {
  if (word !== '' && /^[\w@%+=:,./^-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
