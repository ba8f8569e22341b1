import type { Dialect } from '../../shell/equivalents';
import { runConsoleLine } from '../../shell/console';
import type { World } from '../../sim/types';
import { domainName, findHost } from '../../sim/world';
import { labWorld } from '../../sim/worlds/lab';
import { defineLesson, typed } from '../define';
import type { LessonText, StepText } from '../i18n';
import { lessonById } from '../registry';
import type { Lesson } from '../types';
import type { ReplayLocale } from '../replay';
import { compileCheck } from './checks';
import type { LessonFile, StartSpec, Text } from './types';

export const en = (t: Text): string => (typeof t === 'string' ? t : t.en);
const ja = (t: Text): string | undefined => (typeof t === 'string' ? undefined : t.ja);
const jaOr = (t: Text) => ja(t) ?? en(t);

/**
 * A problem with a lesson file: where (`path`, as the file spells it), why in English (`message`), and
 * the same as data (`kind`, `args`) for a page to word in its language (`learn.import.problem.<kind>`).
 * Commands, host names and tool output in `args` are never translated.
 */
export interface FileProblem {
  path: string;
  message: string;
  kind: LessonProblemKind;
  args?: Record<string, string>;
}
export type LessonProblemKind =
  | 'notJson'
  | 'notObject'
  | 'missing'
  | 'type'
  | 'unknown'
  | 'value'
  | 'builtinId'
  | 'linkHere'
  | 'link'
  | 'migrationInFlight'
  | 'noLesson'
  | 'noHost'
  | 'setupFailed'
  | 'noTerm'
  | 'goalHolds'
  | 'stepDoesNothing'
  | 'checkFails'
  | 'goalNotReached';

/** Setup lines run before the learner arrives, at a fixed time; their events are not the learner's. */
const SETUP_TIME = Date.UTC(2025, 0, 6, 8, 0, 0);

/**
 * The world a `start.link` carries, as the caller read it (decoding a link is asynchronous), or why
 * not: in English (`message`) and as data a page words in its language (`args.why`, `args.labField`).
 */
export type LinkedStart =
  | { ok: true; world: World }
  | { ok: false; message: string; args: { why: string; labField: string } };

const noHost = (path: string, host: string): FileProblem => ({
  path,
  message: `no host '${host}' in the lab`,
  kind: 'noHost',
  args: { host },
});

type Started = { ok: true; world: World } | { ok: false; problem: FileProblem };

function baseWorld(start: StartSpec, linked?: LinkedStart): Started {
  if ('link' in start) {
    if (!linked)
      return { ok: false, problem: { path: 'start.link', message: 'links are not opened here', kind: 'linkHere' } };
    if (!linked.ok)
      return { ok: false, problem: { path: 'start.link', message: linked.message, kind: 'link', args: linked.args } };
    // A replay runs on its own clock: a job timed by the sharer's clock would land at once or never.
    const busy = linked.world.hosts.flatMap((h) =>
      h.domains.filter((d) => d.job).map((d) => `${domainName(d)} on ${h.name}`),
    );
    if (busy.length)
      return {
        ok: false,
        problem: {
          path: 'start.link',
          message: `the lab has a migration in flight (${busy[0]}): share it once it ends`,
          kind: 'migrationInFlight',
          args: { domain: busy[0] ?? '' },
        },
      };
    return linked;
  }
  const base = start.from === 'lab' ? labWorld : lessonById(start.from.lesson)?.world;
  if (!base)
    return {
      ok: false,
      problem: { path: 'start.from.lesson', message: 'no built-in lesson has this id', kind: 'noLesson' },
    };
  return { ok: true, world: base() };
}

function startWorld(start: StartSpec, linked?: LinkedStart, locale?: ReplayLocale): Started {
  const base = baseWorld(start, linked);
  if (!base.ok) return base;
  let world = base.world;
  for (const [i, s] of (start.setup ?? []).entries()) {
    if (!findHost(world, s.host)) return { ok: false, problem: noHost(`start.setup.${i}.host`, s.host) };
    const r = runConsoleLine({ world, host: s.host, line: s.line, now: SETUP_TIME + i, ...locale });
    if (r.status !== 0)
      return {
        ok: false,
        problem: {
          path: `start.setup.${i}.line`,
          message: `\`${s.line}\` failed: ${(r.stderr || r.stdout).trim()}`,
          kind: 'setupFailed',
          args: { line: s.line, output: (r.stderr || r.stdout).trim() },
        },
      };
    world = r.world;
  }
  const text = JSON.stringify({ ...world, events: [] });
  return { ok: true, world: JSON.parse(text) as World };
}

function japanese(f: LessonFile): LessonText | undefined {
  if (ja(f.title) === undefined) return undefined;
  const steps: Record<string, StepText> = {};
  for (const s of f.steps) {
    const none: Partial<Record<Dialect, string>> = {};
    for (const [d, e] of Object.entries(s.do.also ?? {}) as [Dialect, string | { none: Text }][])
      if (typeof e !== 'string') none[d] = jaOr(e.none);
    steps[s.id] = {
      title: s.title ? jaOr(s.title) : s.id,
      instruction: jaOr(s.instruction),
      hint: jaOr(s.hint),
      ...(Object.keys(none).length ? { none } : {}),
    };
  }
  return {
    title: jaOr(f.title),
    concept: jaOr(f.concept),
    summary: jaOr(f.summary),
    goalText: jaOr(f.goal.text),
    hints: (f.hints ?? []).map(jaOr),
    steps,
  };
}

/**
 * A lesson file (already read by its schema) as a Lesson, or the first problem found in it;
 * `linked` is the world of its `start.link`, when it has one.
 */
export function compileLessonFile(
  f: LessonFile,
  linked?: LinkedStart,
  locale?: ReplayLocale,
): { ok: true; lesson: Lesson } | { ok: false; problem: FileProblem } {
  const start = startWorld(f.start, linked, locale);
  if (!start.ok) return start;
  const text = JSON.stringify(start.world);
  const world = () => JSON.parse(text) as World;
  for (const [i, s] of f.steps.entries())
    if (!findHost(start.world, s.do.host)) return { ok: false, problem: noHost(`steps.${i}.do.host`, s.do.host) };
  const texts = japanese(f);
  const lesson = defineLesson({
    id: f.id,
    title: en(f.title),
    concept: en(f.concept),
    summary: en(f.summary),
    host: f.host,
    world,
    steps: f.steps.map((s) => ({
      id: s.id,
      // A step without a title (files written before the field) is named by its id.
      title: s.title ? en(s.title) : s.id,
      instruction: en(s.instruction),
      do: typed(
        s.do.host,
        s.do.line,
        Object.fromEntries(
          Object.entries(s.do.also ?? {}).map(([d, e]) => [d, typeof e === 'string' ? e : { none: en(e.none) }]),
        ),
      ),
      check: compileCheck(s.check),
      hint: en(s.hint),
    })),
    goalText: en(f.goal.text),
    goal: (
      (g) => (w: World) =>
        g(w, { now: 0, commands: [] })
    )(compileCheck(f.goal.check)),
    hints: (f.hints ?? []).map(en),
    glossary: f.glossary ?? [],
    pages: [],
    ...(texts ? { texts: { ja: texts } } : {}),
    custom: true,
  });
  return { ok: true, lesson };
}
