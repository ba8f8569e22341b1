import { errnoText, type HostFs } from './host-fs';
import type { Redirect } from './shell-parse';

/** Where a stream goes: the terminal's stdout or stderr, the next pipeline stage, or a file (written on close). */
export type Target =
  | { kind: 'terminal' | 'terminal-err' | 'pipe' }
  | { kind: 'file'; path: string; word: string; data: string; append: boolean };

export type Opened =
  | { ok: true; stdin: string | undefined; stdout: Target; stderr: Target; close: () => string[] }
  | { ok: false; error: string };

/**
 * Applies a command's redirections left to right as bash does (`> f 2>&1` and `2>&1 > f`
 * differ): `>` creates or truncates at once, `>>` appends on close, `<` and here-documents
 * feed stdin. A failure is bash's `FILE: reason` and the command does not run.
 */
export function openRedirects(
  redirects: Redirect[],
  fs: HostFs,
  out: 'terminal' | 'pipe',
  piped: string | undefined,
): Opened {
  let stdin = piped;
  const fds: Record<number, Target> = { 1: { kind: out }, 2: { kind: 'terminal-err' } };
  const files: Extract<Target, { kind: 'file' }>[] = [];
  for (const r of redirects) {
    if (r.op === '<<' || r.op === '<<-') {
      stdin = r.target;
      continue;
    }
    if (r.op === '<') {
      const read = fs.read(fs.resolve(r.target));
      if (!read.ok) return { ok: false, error: `${r.target}: ${errnoText[read.errno]}` };
      stdin = read.data;
      continue;
    }
    if (r.op === '>&' && /^\d$/.test(r.target)) {
      fds[r.fd] = fds[Number(r.target)] ?? fds[1];
      continue;
    }
    const path = fs.resolve(r.target);
    const append = r.op === '>>';
    const existing = fs.read(path);
    if (append && !existing.ok && existing.errno !== 'ENOENT')
      return { ok: false, error: `${r.target}: ${errnoText[existing.errno]}` };
    const w = fs.write(path, append && existing.ok ? existing.data : '');
    if (!w.ok) return { ok: false, error: `${r.target}: ${errnoText[w.errno]}` };
    const file = files.find((f) => f.path === path) ?? {
      kind: 'file' as const,
      path,
      word: r.target,
      data: '',
      append,
    };
    if (!files.includes(file)) files.push(file);
    if (r.fd === -1 || r.op === '>&' || r.op === '&>') fds[1] = fds[2] = file;
    else fds[r.fd] = file;
  }
  const close = () =>
    files.flatMap((f) => {
      const before = fs.read(f.path);
      const w = fs.write(f.path, (f.append && before.ok ? before.data : '') + f.data);
      return w.ok ? [] : [`${f.word}: ${errnoText[w.errno]}`];
    });
  return { ok: true, stdin, stdout: fds[1], stderr: fds[2], close };
}
