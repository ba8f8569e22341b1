import type { ApiHistoryEntry, Transcript } from '@/lib/api/contract';
import { clock } from './clock';
import { redo, type Stepped, undo } from './history';
import { lessonStore } from './lessons';
import { type Lab, store } from './store';

export type Direction = 'undo' | 'redo';

/**
 * The console's lab commands: `undo`, `redo`, each with an optional count (`undo 3`). They are the
 * lab's, not a host's (no Linux host has an `undo`), so they work on every host and dialect.
 */
export function historyLine(line: string): { dir: Direction; count: number } | null {
  const m = /^\s*(undo|redo)(?:\s+(\d{1,3}))?\s*$/.exec(line);
  return m ? { dir: m[1] as Direction, count: m[2] ? Math.max(1, Number(m[2])) : 1 } : null;
}

/** Up to `count` steps in `dir`, each undo point keeping the time and progress it was left at. */
function travel(lab: Lab, dir: Direction, count: number, now: number) {
  const steps: Stepped[] = [];
  let cur = lab;
  let t = now;
  let p = lessonStore().current();
  for (let i = 0; i < count; i++) {
    const s = (dir === 'undo' ? undo : redo)(cur, t, p);
    if (!s) break;
    steps.push(s);
    ({ lab: cur, time: t, progress: p } = s);
  }
  return { steps, last: steps.at(-1) ?? null };
}

const said = (dir: Direction, e: ApiHistoryEntry) =>
  `${dir === 'undo' ? 'Undone' : 'Redone'}: ${e.line}  (${e.host})\n`;

/**
 * Steps back or forward: the world, the lab clock and the running lesson's progress as they were
 * (mocks/history.ts), and a line in the console's scrollback saying what was taken back. Nothing
 * to undo is a failed line (status 1) that changes nothing else.
 */
export function stepLab(
  lab: Lab,
  dir: Direction,
  count: number,
  now: number,
  at: { host?: string; cwd?: string; source: Transcript['source'] },
): Transcript {
  const { steps, last } = travel(lab, dir, count, now);
  const transcript: Transcript = {
    seq: lab.seq + 1,
    time: last?.time ?? now,
    host: at.host ?? last?.entry.host ?? lab.world.hosts[0]?.name ?? '',
    cwd: at.cwd ?? '/root',
    line: count === 1 ? dir : `${dir} ${count}`,
    stdout: steps.map((s) => said(dir, s.entry)).join(''),
    stderr: last ? '' : `${dir}: nothing to ${dir}\n`,
    status: last ? 0 : 1,
    source: at.source,
  };
  const after = last?.lab ?? lab;
  store().commit({ ...after, journal: [...after.journal, transcript], seq: transcript.seq });
  if (last) {
    clock().rewindTo(last.time);
    lessonStore().restore(last.progress);
  }
  return transcript;
}
