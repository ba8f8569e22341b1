/** POSIX bracket classes as JavaScript ranges. */
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

/**
 * A POSIX regular expression (basic, as grep and sed read it, or extended with -E) as a
 * JavaScript one: in a BRE `( ) { } + ? |` are literal and `\( \) \{ \} \+ \? \|` are the
 * operators (GNU); `[[:space:]]` classes, `\<` `\>` word edges; a bracket's `\` is literal.
 */
export function toJsRegex(re: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '[') {
      let j = i + 1;
      let body = '';
      if (re[j] === '^') body += re[j++];
      if (re[j] === ']') body += `\\${re[j++]}`;
      while (j < re.length && re[j] !== ']') {
        const cls = /^\[:([a-z]+):\]/.exec(re.slice(j));
        if (cls) {
          body += CLASSES[cls[1]] ?? '';
          j += cls[0].length;
        } else {
          body += re[j] === '\\' ? '\\\\' : re[j];
          j++;
        }
      }
      out += `[${body}]`;
      i = j;
    } else if (c === '\\' && i + 1 < re.length) {
      const n = re[++i];
      if (n === '<' || n === '>') out += '\\b';
      else if (!extended && '(){}+?|'.includes(n)) out += n;
      else out += `\\${n}`;
    } else if (!extended && '(){}+?|'.includes(c)) out += `\\${c}`;
    else if (c === '*' && (out === '' || out === '^')) out += '\\*';
    else out += c;
  }
  return out;
}
