/**
 * What a program wrote, in the order it wrote it: runs of standard output (1) and standard error (2).
 * A terminal shows both streams as one, in that order (decision 082); the two texts alone cannot say it.
 */
export type Chunk = { fd: 1 | 2; text: string };
/** A transcript's order without repeating its text: each run's stream and length (UTF-16 units). */
export type Run = [fd: 1 | 2, length: number];

/** Appends `text` to `fd`'s last run, or starts a new one. */
export function write(chunks: Chunk[], fd: 1 | 2, text: string): void {
  if (!text) return;
  const last = chunks.at(-1);
  if (last?.fd === fd) last.text += text;
  else chunks.push({ fd, text });
}

/** A program's runs; one that does not say its order wrote its stdout, then its stderr. */
export function chunksOf(r: { stdout: string; stderr: string; chunks?: readonly Chunk[] }): Chunk[] {
  const chunks: Chunk[] = [];
  if (r.chunks) for (const c of r.chunks) write(chunks, c.fd, c.text);
  else {
    write(chunks, 1, r.stdout);
    write(chunks, 2, r.stderr);
  }
  return chunks;
}

/** One stream's text. */
export const textOf = (chunks: readonly Chunk[], fd: 1 | 2) =>
  chunks
    .filter((c) => c.fd === fd)
    .map((c) => c.text)
    .join('');

/**
 * stdio's buffering of a program's stdout on the way out: a terminal gets it a line at a time
 * (line buffered), a pipe or a file all at exit (fully buffered; stdio would also flush each
 * 4 KiB, which only matters for GNU sed, whose error does not flush first: sed.ts writes its chunks
 * where stdio flushed); stderr is unbuffered. A program that flushes its stdout
 * before each error (`flushesFirst`: virsh's vshError calls fflush(stdout) — "if someone ran virsh
 * 2>&1 … printing to stderr will not interleave correctly with stdout unless we flush" — and glibc's
 * error(), which coreutils and grep report with, does the same) keeps its order whatever stdout is.
 * Calls `send` in the order the bytes leave the program.
 */
export function flushOrder(
  chunks: readonly Chunk[],
  stdoutTty: boolean,
  flushesFirst: boolean,
  send: (fd: 1 | 2, text: string) => void,
) {
  let held = '';
  for (const c of chunks) {
    if (c.fd === 2) {
      if (flushesFirst && held) {
        send(1, held);
        held = '';
      }
      send(2, c.text);
      continue;
    }
    held += c.text;
    const nl = stdoutTty ? held.lastIndexOf('\n') : -1;
    if (nl >= 0) {
      send(1, held.slice(0, nl + 1));
      held = held.slice(nl + 1);
    }
  }
  if (held) send(1, held);
}

/** The runs to store beside stdout and stderr; none when the order is just stdout, then stderr. */
export function runsOf(chunks: readonly Chunk[]): Run[] | undefined {
  const runs = chunks.filter((c) => c.text).map((c): Run => [c.fd, c.text.length]);
  const simple = runs.length <= 1 || (runs.length === 2 && runs[0][0] === 1);
  return simple ? undefined : runs;
}

/** A transcript's output as the terminal showed it: its runs, or (none stored) stdout then stderr. */
export function shownChunks(t: { stdout: string; stderr: string; order?: readonly Run[] }): Chunk[] {
  if (!t.order) return chunksOf(t);
  const at = { 1: 0, 2: 0 };
  const chunks: Chunk[] = [];
  for (const [fd, n] of t.order) {
    write(chunks, fd, (fd === 1 ? t.stdout : t.stderr).slice(at[fd], at[fd] + n));
    at[fd] += n;
  }
  // Whatever the runs do not cover (a clipped transcript) follows in the plain order.
  write(chunks, 1, t.stdout.slice(at[1]));
  write(chunks, 2, t.stderr.slice(at[2]));
  return chunks;
}
