import { type ListItem, parseShell, type ShellParse } from './shell-parse';
import type { ShellEnv } from './shell-words';

/** `for NAME in WORDS; do BODY; done` as the whole line (newlines may stand for the semicolons). */
const FOR = /^\s*for\s+([A-Za-z_]\w*)\s+in(?:\s+([^;\n]*?))?\s*[;\n]\s*do\s+([\s\S]*?)\s*[;\n]?\s*done\s*$/;

/**
 * A line that is one `for` loop: its body parsed once for each word, NAME set to it, in turn — bash
 * expands the body's words at each pass, and the loop's status is the last command's. (break, continue,
 * and a loop inside a longer list are not simulated: such a line is parsed as before.) Undefined when
 * the line is not such a loop.
 */
export function parseForLoop(line: string, env: ShellEnv): ShellParse | undefined {
  const m = FOR.exec(line);
  if (!m) return undefined;
  const [, name, wordText = '', body] = m;
  const jump = /(?:^|[;&|\n]\s*)(break|continue)\b/.exec(body)?.[1];
  if (jump) return { ok: false, incomplete: false, error: `${jump}: not simulated by VirtLab in a for loop` };
  const words = parseShell(`: ${wordText}`, env);
  if (!words.ok) return words;
  const list: ListItem[] = [];
  for (const word of words.list[0]?.stages[0]?.words.slice(1) ?? []) {
    const pass = parseShell(body, { ...env, [name]: word });
    if (!pass.ok) return pass;
    list.push(...pass.list.map((item, k) => (k === 0 ? { ...item, after: ';' as const } : item)));
  }
  return { ok: true, list };
}
