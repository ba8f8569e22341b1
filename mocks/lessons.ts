import type { ApiLesson, ApiLessonList, ApiLessonSummary, Transcript } from '@/lib/api/contract';
import { glossaryTerm } from '@/lib/lessons/glossary';
import { lessonOutline } from '@/lib/lessons/outline';
import { observeLine, reconcile, startProgress, type LessonProgress } from '@/lib/lessons/progress';
import type { readLessonFile } from '@/lib/api/lesson-file';
import { lessonById, lessons } from '@/lib/lessons/registry';
import type { Lesson } from '@/lib/lessons/types';
import type { World } from '@/lib/sim/types';
import type { Damaged } from './clock';
import { touch } from './persist/touched';
import { LESSONS_KEY } from '@/lib/storage-keys';
import { type StorageLike, store } from './store';
import { lessonsSchema, notJson, storedFault, storedProblem } from './stored/lab-schema';

/**
 * Lesson progress beside the lab (docs/decisions/006-lessons.md): which lesson is running and each
 * lesson's progress, plain JSON kept with the lab (mocks/store.ts). Progress is derived on this side after every
 * command and whenever it is asked for, so the UI never evaluates a check.
 */
export { LESSONS_KEY };

export interface StoredLessons {
  version: 1;
  /** The running lesson: its panel shows on every page, and commands are checked against it. */
  active: string | null;
  /** The latest attempt at each lesson. */
  progress: Record<string, LessonProgress>;
  /** Lessons completed at least once, so starting over does not take the badge away. */
  completed: string[];
  /** Imported lesson files, as imported (docs/lesson-format.md); absent before there were any. */
  custom?: Record<string, unknown>;
  /** The world each imported file's `start.link` carried, read at import (opening a link is asynchronous). */
  starts?: Record<string, World>;
}

const empty = (): StoredLessons => ({ version: 1, active: null, progress: {}, completed: [] });

/**
 * A record that does not match the schema (a progress entry `5`) makes the lab unreadable like a
 * damaged lab: the recovery screen offers it raw, and a reset starts the progress over. A lesson
 * this version no longer has is not damage: it is simply not running.
 */
function read(storage: StorageLike | null): { stored: StoredLessons; damaged: Damaged | null } {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(LESSONS_KEY) ?? null;
    if (raw === null) return { stored: empty(), damaged: null };
    const value: unknown = JSON.parse(raw);
    const checked = lessonsSchema.safeParse(value);
    if (!checked.success) {
      const fault = storedFault(checked.error, value, 'lessons');
      return { stored: empty(), damaged: { detail: `lesson progress: ${storedProblem(checked.error)}`, fault, raw } };
    }
    const s = JSON.parse(raw) as StoredLessons;
    return { stored: s, damaged: null };
  } catch (e) {
    return {
      stored: empty(),
      damaged:
        raw === null
          ? null
          : { detail: `lesson progress is not JSON: ${String(e).slice(0, 80)}`, fault: notJson('lessons'), raw },
    };
  }
}

let reader: typeof readLessonFile | null = null;

/**
 * Reading an imported lesson replays it through the shell, a chunk of the lab's worker of its own
 * (./http.ts, withShell): loaded before any request when the stored lessons hold imported ones
 * (`answer`, ./http.ts), and by the handlers that bring new ones (a lesson file, a lab file).
 */
export async function loadLessonReader(): Promise<void> {
  reader ??= (await import('@/lib/api/lesson-file')).readLessonFile;
}

/** Imported lessons read once per file text (reading replays the lesson); one this version cannot read is left out. */
const compiled = new Map<string, Lesson | null>();
const compileKey = (file: unknown, start: World | undefined) => JSON.stringify([file, start ?? null]);
function customLesson(file: unknown, start: World | undefined): Lesson | null {
  const key = compileKey(file, start);
  if (!compiled.has(key)) {
    if (!reader) throw new Error('imported lessons read before loadLessonReader()');
    const r = reader(file, start && { ok: true, world: start });
    compiled.set(key, r.ok ? r.lesson : null);
  }
  return compiled.get(key) ?? null;
}

export function createLessonStore(storage: StorageLike | null) {
  let state: StoredLessons | null = null;
  let damaged: Damaged | null = null;
  const get = (): StoredLessons => {
    if (state) return state;
    const r = read(storage);
    damaged = r.damaged;
    state = r.stored;
    // A lesson this version no longer has is not damage: it is simply not running. (Checked by id:
    // reading an imported one needs loadLessonReader(), which hasCustom() — called through here — precedes.)
    const id = state.active;
    if (id && !lessonById(id) && state.custom?.[id] === undefined) state = { ...state, active: null };
    return state;
  };
  const customs = (): Lesson[] => {
    const s = get();
    return Object.entries(s.custom ?? {}).flatMap(([id, f]) => {
      const l = customLesson(f, s.starts?.[id]);
      return l ? [l] : [];
    });
  };
  const find = (id: string): Lesson | undefined =>
    lessonById(id) ??
    (state?.custom?.[id] !== undefined ? (customLesson(state.custom[id], state.starts?.[id]) ?? undefined) : undefined);
  const save = (s: StoredLessons) => {
    state = s;
    touch();
    try {
      storage?.setItem(LESSONS_KEY, JSON.stringify(s));
    } catch {
      /* quota: memory only */
    }
  };
  const progressOf = (lesson: Lesson): LessonProgress => {
    const p = get().progress[lesson.id];
    return p ? reconcile(lesson, p) : startProgress(lesson);
  };
  return {
    /** Another tab changed the lab: read the progress it left. */
    reload() {
      state = null;
    },
    /** Why the stored progress cannot be read, and what it holds; null when it can. */
    damaged: (): Damaged | null => {
      get();
      return damaged;
    },
    /** A lab reset: damaged progress starts over (the raw data was offered first); the running lesson stops. */
    reset() {
      if (this.damaged()) {
        damaged = null;
        save(empty());
      }
      this.leave();
    },
    active: (): Lesson | null => {
      const id = get().active;
      return id ? (find(id) ?? null) : null;
    },
    /** A built-in or imported lesson by id. */
    find: (id: string): Lesson | undefined => {
      get();
      return find(id);
    },
    /** Whether imported lessons are kept (reading them needs loadLessonReader()). */
    hasCustom: (): boolean => Object.keys(get().custom ?? {}).length > 0,
    /** Built-in lessons, then the imported ones in the order they came. */
    all: (): Lesson[] => [...lessons, ...customs()],
    /** Keeps an imported lesson (read and replayed by lib/api/lesson-file.ts); the same id replaces it. */
    addCustom(lesson: Lesson, file: unknown, start?: World) {
      const s = get();
      compiled.set(compileKey(file, start), lesson);
      const { [lesson.id]: _old, ...starts } = s.starts ?? {};
      save({
        ...s,
        custom: { ...s.custom, [lesson.id]: file },
        starts: start ? { ...starts, [lesson.id]: start } : starts,
      });
    },
    /** Forgets an imported lesson and its progress; false for a built-in or unknown one. */
    removeCustom(id: string): boolean {
      const s = get();
      if (!s.custom || !(id in s.custom)) return false;
      const { [id]: _file, ...custom } = s.custom;
      const { [id]: _start, ...starts } = s.starts ?? {};
      const { [id]: _progress, ...progress } = s.progress;
      save({ ...s, custom, starts, progress, active: s.active === id ? null : s.active });
      return true;
    },
    progressOf,
    /** What is kept, for a lab file (mocks/lab-file). */
    snapshot: (): StoredLessons => get(),
    /** A lab file's progress replaces this one (null: none kept); a lesson this version lacks is not running. */
    replace(s: StoredLessons | null) {
      damaged = null;
      const next = s ?? empty();
      save(next);
      if (next.active && !find(next.active)) save({ ...next, active: null });
    },
    completedBefore: (id: string) => get().completed.includes(id),
    /** A fresh attempt at `lesson`, which becomes the running one (the caller replaces the world). */
    start(lesson: Lesson) {
      const s = get();
      save({ ...s, active: lesson.id, progress: { ...s.progress, [lesson.id]: startProgress(lesson) } });
    },
    /** The running lesson's progress (what an undo point keeps), null when none runs. */
    current(): LessonProgress | null {
      const lesson = this.active();
      return lesson ? progressOf(lesson) : null;
    },
    /** Undo or redo: the running lesson's progress as it was then (a badge once earned stays). */
    restore(p: LessonProgress | null) {
      const lesson = this.active();
      if (!lesson || !p || p.lesson !== lesson.id) return;
      const s = get();
      save({ ...s, progress: { ...s.progress, [lesson.id]: reconcile(lesson, p) } });
    },
    leave() {
      if (get().active !== null) save({ ...get(), active: null });
    },
    /**
     * Checks the running lesson against the world as of `now` (and the command that just ran, with
     * the states its line passed through on the way: lib/shell/console.ts's `between`).
     */
    observe(world: World, now: number, command?: Transcript, between: readonly World[] = []): LessonProgress | null {
      const lesson = this.active();
      if (!lesson) return null;
      const before = progressOf(lesson);
      const record = command && {
        host: command.host,
        line: command.line,
        status: command.status,
        source: command.source,
      };
      const after = observeLine(lesson, before, between, world, now, record);
      if (after !== before) {
        const s = get();
        save({
          ...s,
          progress: { ...s.progress, [lesson.id]: after },
          completed: after.complete && !s.completed.includes(lesson.id) ? [...s.completed, lesson.id] : s.completed,
        });
      }
      return after;
    },
  };
}

export type LessonStore = ReturnType<typeof createLessonStore>;

let current: LessonStore | null = null;
export function lessonStore(): LessonStore {
  return (current ??= createLessonStore(
    store().beside() ?? (typeof localStorage !== 'undefined' ? localStorage : null),
  ));
}
/** Tests start each case from a fresh record. */
export function installLessonStore(s: LessonStore) {
  current = s;
}

function summary(s: LessonStore, l: Lesson): ApiLessonSummary {
  const p = s.progressOf(l);
  return {
    id: l.id,
    title: l.title,
    concept: l.concept,
    summary: l.summary,
    steps: l.steps.length,
    done: p.done.length,
    complete: p.complete,
    completedBefore: s.completedBefore(l.id),
    active: s.active()?.id === l.id,
    ...(l.custom ? { custom: true } : {}),
    ...(l.texts ? { texts: l.texts } : {}),
  };
}

export const toLessonList = (s: LessonStore): ApiLessonList => ({
  active: s.active()?.id ?? null,
  lessons: s.all().map((l) => summary(s, l)),
});

export function toLesson(s: LessonStore, l: Lesson): ApiLesson {
  const p = s.progressOf(l);
  const terms = l.glossary.map((id) => ({ id, term: glossaryTerm(id)?.term ?? id }));
  return {
    outline: lessonOutline(l),
    terms,
    progress: { done: p.done, complete: p.complete, ...(p.ahead ? { ahead: p.ahead } : {}) },
    active: s.active()?.id === l.id,
    completedBefore: s.completedBefore(l.id),
  };
}
