import * as z from 'zod';
import type { FieldIssue, StoredFault, Transcript } from '@/lib/api/contract';
import { domainStates } from '@/lib/sim/states';
import { transitions } from '@/lib/sim/transitions';
import type { UndoPoint } from '../history';
import type { StoredTransition } from '../transitions-log';
import { count, instant, str } from './scalars';
import { worldSchema } from './world-schema';

/**
 * What the browser keeps of the lab (`virtlab:lab`, `virtlab:clock`, `virtlab:lessons`,
 * `virtlab:settings`), checked whole on load: anything that does not match leads to the
 * recovery screen with the raw data, never to a page that breaks on it.
 */
/** A transcript's runs take exactly its streams' texts. */
const fits = (order: [number, number][], fd: number, text: string) =>
  order.reduce((n, [f, len]) => n + (f === fd ? len : 0), 0) === text.length;
const transcript = z
  .looseObject({
    seq: count,
    time: instant,
    host: str,
    cwd: str,
    typedIn: str.optional(),
    line: str,
    stdout: str,
    stderr: str,
    status: z.number().int(),
    source: z.enum(['button', 'console']),
    at: z.literal('qemu').optional(),
    attached: z.literal('qemu').optional(),
    domain: str.optional(),
    lang: z.enum(['en', 'ja']).optional(),
    editing: z.enum(['vi', 'emacs']).optional(),
    hashed: z.array(z.tuple([str, str, count])).optional(),
    order: z.array(z.tuple([z.union([z.literal(1), z.literal(2)]), count])).optional(),
  })
  .refine((t) => !t.order || (fits(t.order, 1, t.stdout) && fits(t.order, 2, t.stderr)), {
    error: "the runs' order does not cover stdout and stderr",
    path: ['order'],
  }) satisfies z.ZodType<Transcript>;

const state = z.enum(domainStates as [string, ...string[]]);
const action = z.enum(transitions.map((t) => t.action) as [string, ...string[]]);
const transition = z.looseObject({
  seq: count,
  time: instant,
  action: action.nullable(),
  from: z.looseObject({ state, reason: str }),
  to: z.looseObject({ state, reason: str }),
  command: str.nullable(),
  host: str,
  uuid: str,
}) satisfies z.ZodType<Pick<StoredTransition, 'seq' | 'host' | 'uuid' | 'command'>>;

/** The lab clock (mocks/clock.ts): 1× to 100×, anchors that Date can format. */
export const clockSchema = z.strictObject({
  rate: z.number().min(1).max(100),
  anchorWall: instant,
  anchorLab: instant,
});

const commandRecord = z.looseObject({
  host: str,
  line: str,
  status: z.number().int(),
  source: z.enum(['console', 'button']),
});
const progress = z.looseObject({
  lesson: str,
  done: z.array(str),
  commands: z.array(commandRecord),
  complete: z.boolean(),
  ahead: str.optional(),
});
/** Undo and redo points (mocks/history.ts): each a whole world, checked as the lab's own. */
export const undoPoint = z.looseObject({
  seq: count,
  line: str,
  host: str,
  time: instant,
  world: worldSchema,
  progress: progress.nullable(),
  transitions: z.array(transition),
  chars: count,
}) satisfies z.ZodType<Pick<UndoPoint, 'seq' | 'line' | 'host' | 'time' | 'chars'>>;

export const labSchema = z.looseObject({
  world: worldSchema,
  journal: z.array(transcript),
  transitions: z.array(transition),
  seq: count,
  history: z.looseObject({ past: z.array(undoPoint), future: z.array(undoPoint) }).optional(),
});

/**
 * In storage, an undo point is a record of its own, named in the lab's text by its key (mocks/persist/
 * undo-records.ts), and checked with `undoPoint` when read; a lab stored before that holds the points.
 */
export const undoKey = z.string().regex(/^\d{1,15}\.\d{1,3}$/, 'not an undo record key');
const storedPoints = z.array(z.union([undoKey, undoPoint]));
const keysOnce = (h: { past: unknown[]; future: unknown[] }) => {
  const keys = [...h.past, ...h.future].filter((p) => typeof p === 'string');
  return new Set(keys).size === keys.length;
};
const storedLab = labSchema.extend({
  history: z
    .looseObject({ past: storedPoints, future: storedPoints })
    .refine(keysOnce, { error: 'an undo record named twice' })
    .optional(),
});

export const storedLabSchema = z.looseObject({ version: z.literal(1), savedAt: instant, lab: storedLab });

/** Lesson progress (mocks/lessons.ts). A lesson id this version does not know is kept, not an error. */
export const lessonsSchema = z
  .looseObject({
    version: z.literal(1),
    active: str.nullable(),
    progress: z.record(z.string(), progress),
    completed: z.array(str),
    // Imported lesson files: each is read again by its own schema (lib/api/schemas/lesson-file.ts) when used.
    custom: z.record(z.string(), z.unknown()).optional(),
    // The worlds their `start.link`s carried (mocks/lab-file/lesson-link.ts), held to the stored world's schema.
    starts: z.record(z.string(), worldSchema).optional(),
  })
  .refine((s) => Object.entries(s.progress).every(([id, p]) => p.lesson === id), {
    error: "a lesson's progress filed under another lesson",
  });

/** What a failed check says: where and what, short (the recovery screen shows it). */
export function storedProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.slice(0, 8).map(String).join('.') ?? '';
  return `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`.slice(0, 200);
}

/**
 * A failed check's first issue as a field and a kind the page words in its own language (the
 * recovery screen, a refused lab file): `prefix` names what was read (`clock`, `undo:3`).
 */
export function storedFault(error: z.ZodError, raw: unknown, prefix = ''): { field: string; issue: FieldIssue } {
  const issue = error.issues[0];
  const join = (path: readonly PropertyKey[]) =>
    [prefix, ...path.slice(0, 10).map(String)].filter(Boolean).join('.').slice(0, 200);
  if (!issue) return { field: prefix, issue: 'value' };
  if (issue.code === 'unrecognized_keys')
    return { field: join([...issue.path, issue.keys[0] ?? '']), issue: 'unknown' };
  if (issue.code !== 'invalid_type') return { field: join(issue.path), issue: 'value' };
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as never)[k] : undefined), raw);
  return { field: join(issue.path), issue: value === undefined ? 'missing' : 'type' };
}

/** Stored text that is not JSON at all. */
export const notJson = (field: string): StoredFault => ({ field, issue: 'not-json' });
