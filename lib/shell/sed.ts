import { errnoText } from './host-fs';
import { type Address, type Command, parseSed } from './sed-script';
import { splitArgs, type Tool } from './tool-io';

const matches = (a: Address, line: string, n: number, last: boolean) =>
  'line' in a ? n === a.line : 'last' in a ? last : a.re.test(line);

/** Runs the commands over `text` line by line, as sed's cycle does (the pattern space, -n, ranges). */
export function runSed(commands: Command[], text: string, quiet: boolean): string {
  const ls = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const inRange = new Set<Command>();
  let out = '';
  for (let n = 1; n <= ls.length; n++) {
    let line = ls[n - 1];
    const last = n === ls.length;
    let deleted = false;
    let quit = false;
    for (const c of commands) {
      let hit = !c.from;
      if (c.from && !c.to) hit = matches(c.from, line, n, last);
      else if (c.from && c.to) {
        if (inRange.has(c)) {
          hit = true;
          if (matches(c.to, line, n, last) || ('line' in c.to && n >= c.to.line)) inRange.delete(c);
        } else if (matches(c.from, line, n, last)) {
          hit = true;
          if (!('line' in c.to && n >= c.to.line)) inRange.add(c);
        }
      }
      if (hit === c.negate) continue;
      if (c.name === 'd') {
        deleted = true;
        break;
      }
      if (c.name === 'p') out += `${line}\n`;
      if (c.name === 'q') {
        quit = true;
        break;
      }
      if (c.name === 's') {
        const re = new RegExp(c.re!.source, `${c.re!.flags}${c.global ? 'g' : ''}`);
        let changed = false;
        line = line.replace(re, (...args) => {
          changed = true;
          const groups = args.slice(0, -2) as string[];
          return c.replace!(Object.assign(groups, { index: 0, input: line }) as unknown as RegExpExecArray);
        });
        if (changed && c.print) out += `${line}\n`;
      }
    }
    if (!deleted && !quiet) out += `${line}\n`;
    if (quit) break;
  }
  return out;
}

/** `sed [-n] [-i[SUFFIX]] [-E] {SCRIPT | -e SCRIPT…} [FILE]…` with GNU sed's messages. */
export const sed: Tool = (argv, io) => {
  const { flags, operands, values } = splitArgs(
    argv.map((a) => (/^-i.+/.test(a) ? '-i' : a)),
    'e',
  );
  const scripts = values.filter(([f]) => f === 'e').map(([, v]) => v);
  const files = [...operands];
  if (!scripts.length) {
    if (!files.length)
      return {
        stdout: '',
        stderr: 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n',
        status: 1,
      };
    scripts.push(files.shift()!);
  }
  const extended = flags.has('E') || flags.has('r');
  const commands: Command[] = [];
  for (const [k, s] of scripts.entries()) {
    const p = parseSed(s, k + 1, extended);
    if (!p.ok) return { stdout: '', stderr: p.error, status: 1 };
    commands.push(...p.commands);
  }
  const quiet = flags.has('n');
  if (flags.has('i')) {
    if (!files.length) return { stdout: '', stderr: 'sed: no input files\n', status: 1 };
    let stderr = '';
    for (const f of files) {
      const abs = io.fs.resolve(f);
      const r = io.fs.read(abs);
      if (!r.ok) {
        stderr += `sed: can't read ${f}: ${errnoText[r.errno]}\n`;
        continue;
      }
      const w = io.fs.write(abs, runSed(commands, r.data, quiet));
      if (!w.ok)
        stderr += `sed: couldn't open temporary file ${abs.replace(/[^/]*$/, 'sedXXXXXX')}: ${errnoText[w.errno]}\n`;
    }
    return { stdout: '', stderr, status: stderr ? (stderr.includes("can't read") ? 2 : 4) : 0 };
  }
  let text = '';
  let stderr = '';
  for (const f of files.length ? files : ['-']) {
    if (f === '-') {
      text += io.stdin ?? '';
      continue;
    }
    const r = io.fs.read(io.fs.resolve(f));
    if (r.ok) text += r.data.endsWith('\n') || r.data === '' ? r.data : `${r.data}\n`;
    else stderr += `sed: can't read ${f}: ${errnoText[r.errno]}\n`;
  }
  return { stdout: runSed(commands, text, quiet), stderr, status: stderr ? 2 : 0 };
};
