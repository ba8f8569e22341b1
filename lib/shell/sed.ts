import { errnoText } from './host-fs';
import { type Address, type Command, parseSed } from './sed-script';
import type { Chunk } from './output-order';
import { ordered, splitArgs, type Tool } from './tool-io';

const matches = (a: Address, line: string, n: number, last: boolean) =>
  'line' in a ? n === a.line : 'last' in a ? last : a.re.test(line);

/** Runs the commands over `text` line by line, as sed's cycle does (the pattern space, -n, ranges). */
export function runSed(commands: Command[], text: string, quiet: boolean): string {
  return sedCycles(commands, text, quiet).out;
}

/**
 * sed's cycles over `text`: the output, how long it was after each line's cycle (`ends`), and whether a
 * `q` stopped it (then nothing after its line is read).
 */
function sedCycles(commands: Command[], text: string, quiet: boolean) {
  const ls = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const inRange = new Set<Command>();
  let out = '';
  const ends: number[] = [];
  // Where each cycle first asked whether its line is the last (`$`): GNU sed then looks into the next inputs.
  const lastAsked = new Map<number, number>();
  let stopped = false;
  for (let n = 1; n <= ls.length; n++) {
    let line = ls[n - 1];
    const last = n === ls.length;
    const test = (a: Address) => {
      if ('last' in a && !lastAsked.has(n)) lastAsked.set(n, out.length);
      return matches(a, line, n, last);
    };
    let deleted = false;
    let quit = false;
    for (const c of commands) {
      let hit = !c.from;
      if (c.from && !c.to) hit = test(c.from);
      else if (c.from && c.to) {
        if (inRange.has(c)) {
          hit = true;
          if (test(c.to) || ('line' in c.to && n >= c.to.line)) inRange.delete(c);
        } else if (test(c.from)) {
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
    ends.push(out.length);
    if (quit) {
      stopped = true;
      break;
    }
  }
  return { out, ends, stopped, read: ends.length, lastAsked };
}

/** The output stdio has written out of `written` bytes: whole lines on a terminal, 4 KiB blocks into a pipe or file. */
const flushedOf = (out: string, written: number, terminal: boolean) =>
  terminal ? out.lastIndexOf('\n', written - 1) + 1 : written - (written % 4096);

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
  // GNU sed reads its inputs one after the other as its cycles need lines, and reports one it cannot read
  // with a plain fprintf to stderr (unbuffered) — it does not flush stdout first. So the error lands after
  // the output stdio has already written: the whole lines on a terminal (line buffered), the full 4 KiB
  // blocks into a pipe or a file; the rest follows. An input is opened when the line after the previous
  // input's last is needed — or earlier, when a `$` address is tested on that last line (test_eof looks
  // for the next input with data); a `q` before either never opens it.
  let text = '';
  const errors: { error: string; before: number; pending: boolean }[] = [];
  let lines = 0;
  let unterminated = false;
  for (const f of files.length ? files : ['-']) {
    const r = f === '-' ? { ok: true as const, data: io.stdin ?? '' } : io.fs.read(io.fs.resolve(f));
    if (!r.ok) {
      // A last line without its newline is written without it: sed adds it at its next write.
      errors.push({ error: `sed: can't read ${f}: ${errnoText[r.errno]}\n`, before: lines, pending: unterminated });
      continue;
    }
    if (r.data === '') continue;
    unterminated = !r.data.endsWith('\n');
    text += unterminated ? `${r.data}\n` : r.data;
    lines = text.split('\n').length - 1;
  }
  const run = sedCycles(commands, text, quiet);
  const chunks: Chunk[] = [];
  let flushed = 0;
  let status = 0;
  for (const e of errors) {
    const asked = run.lastAsked.get(e.before);
    if (asked === undefined && run.stopped && run.read <= e.before) break;
    const at = asked ?? (e.before ? run.ends[e.before - 1] : 0);
    const cycleStart = e.before > 1 ? run.ends[e.before - 2] : 0;
    const written = at - (e.pending && at > cycleStart ? 1 : 0);
    const upTo = Math.max(flushed, flushedOf(run.out, written, !!io.terminal));
    if (upTo > flushed) chunks.push({ fd: 1, text: run.out.slice(flushed, upTo) });
    flushed = upTo;
    chunks.push({ fd: 2, text: e.error });
    status = 2;
  }
  if (run.out.length > flushed) chunks.push({ fd: 1, text: run.out.slice(flushed) });
  return ordered(chunks, status);
};
