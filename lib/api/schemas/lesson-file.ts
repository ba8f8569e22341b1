import * as z from 'zod';
import {
  type CheckSpec,
  DEF_FIELDS,
  LESSON_FORMAT,
  LESSON_FORMAT_VERSION,
  type LessonFile,
} from '../../lessons/file/types';
import { LINK_PREFIX, MAX_LINK_CHARS } from '../../lab-file/link';
import { domainStates } from '../../sim/states';
import { LINE_BYTES } from './requests';
import { name, text } from './fields';

/**
 * The lesson file's schema (docs/lesson-format.md). Strict: an unknown field is a mistake to name,
 * not to ignore (a misspelt `hnit` would silently lose the hint). Errors name the field's path.
 */
const TEXT_BYTES = 8 * 1024;
const words = (what: string) =>
  z.union(
    [text(TEXT_BYTES, what), z.strictObject({ en: text(TEXT_BYTES, 'en'), ja: text(TEXT_BYTES, 'ja').optional() })],
    {
      error: `${what} must be a string, or { "en": "…", "ja": "…" }`,
    },
  );

const ref = { host: name('host'), domain: name('domain') };
const field = z.enum(DEF_FIELDS, { error: `field must be one of: ${DEF_FIELDS.join(', ')}` });
const states = domainStates as unknown as [string, ...string[]];
const pattern = text(200, 'pattern').refine(
  (p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'pattern is not a valid regular expression' },
);

const KINDS = [
  'state',
  'defined',
  'undefined',
  'autostart',
  'config',
  'live',
  'file',
  'noFile',
  'sxp',
  'ran',
  'all',
  'any',
  'not',
];

/** A check: an object naming exactly one kind of check (docs/lesson-format.md#checks). */
export const checkSchema: z.ZodType<CheckSpec> = z.lazy(() =>
  z
    .strictObject({
      state: z
        .strictObject({
          ...ref,
          is: z.enum(states, { error: `is must be one of: ${states.join(', ')}` }),
          reason: text(64, 'reason').optional(),
        })
        .optional(),
      defined: z.strictObject(ref).optional(),
      undefined: z.strictObject(ref).optional(),
      autostart: z.strictObject({ ...ref, is: z.boolean({ error: 'is must be true or false' }) }).optional(),
      config: z.strictObject({ ...ref, field, is: z.number({ error: 'is must be a number' }) }).optional(),
      live: z.strictObject({ ...ref, field, is: z.number({ error: 'is must be a number' }) }).optional(),
      file: z
        .strictObject({ host: name('host'), path: text(4096, 'path'), contains: text(4096, 'contains').optional() })
        .optional(),
      noFile: z.strictObject({ host: name('host'), path: text(4096, 'path') }).optional(),
      sxp: z
        .strictObject({
          host: name('host'),
          path: text(4096, 'path').optional(),
          name: name('name'),
          is: text(1024, 'is'),
        })
        .optional(),
      ran: z
        .strictObject({
          host: name('host'),
          pattern,
          outcome: z.enum(['ok', 'failed', 'any'], { error: 'outcome must be one of: ok, failed, any' }).optional(),
        })
        .optional(),
      all: z.array(checkSchema).min(1).max(20).optional(),
      any: z.array(checkSchema).min(1).max(20).optional(),
      not: checkSchema.optional(),
    })
    .refine((c) => Object.keys(c).length === 1, { error: `a check names exactly one of: ${KINDS.join(', ')}` }),
) as unknown as z.ZodType<CheckSpec>;

const dialectLine = z.union([text(LINE_BYTES, 'line'), z.strictObject({ none: words('none') })], {
  error: 'an equivalent is a command line, or { "none": "why there is none" }',
});
const line = text(LINE_BYTES, 'line').refine((s) => s.trim() !== '' && !s.includes('\n'), {
  error: 'line must be one non-empty line',
});
const id = text(64, 'id').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'id must be kebab-case: a-z, 0-9 and single hyphens',
});

const setup = z
  .array(z.strictObject({ host: name('host'), line }))
  .max(30)
  .optional();
/** A share link (Lab → Share link): the lab is in its `#lab=` fragment; the rest of the address is not read. */
const link = text(MAX_LINK_CHARS + 2048, 'link').refine((l) => l.includes(`#${LINK_PREFIX}`), {
  error: `link must be a shared lab link: an address ending in #${LINK_PREFIX}…`,
});

const step = z.strictObject({
  id,
  title: words('title').optional(),
  instruction: words('instruction'),
  do: z.strictObject({
    host: name('host'),
    line,
    also: z
      .strictObject({ virsh: dialectLine.optional(), xm: dialectLine.optional(), xl: dialectLine.optional() })
      .optional(),
  }),
  check: checkSchema,
  hint: words('hint'),
});

export const lessonFileSchema = z
  .strictObject({
    format: z.literal(LESSON_FORMAT, { error: `format must be "${LESSON_FORMAT}"` }),
    version: z
      .number({ error: 'version must be a number' })
      .refine((v) => v <= LESSON_FORMAT_VERSION, {
        error: `made for a newer VirtLab: this one reads version ${LESSON_FORMAT_VERSION}`,
      })
      .refine((v) => v === LESSON_FORMAT_VERSION, { error: `version must be ${LESSON_FORMAT_VERSION}` }),
    id,
    title: words('title'),
    concept: words('concept'),
    summary: words('summary'),
    host: name('host'),
    start: z
      .strictObject({
        from: z
          .union([z.literal('lab'), z.strictObject({ lesson: id })], {
            error: 'from must be "lab" or { "lesson": "<id>" }',
          })
          .optional(),
        link: link.optional(),
        setup,
      })
      .refine((s) => (s.from === undefined) !== (s.link === undefined), {
        error: 'start names one of: from ("lab" or { "lesson": "<id>" }), link (a shared lab link)',
      }),
    steps: z.array(step).min(1, { error: 'a lesson needs at least one step' }).max(30),
    goal: z.strictObject({ text: words('text'), check: checkSchema }),
    hints: z.array(words('hint')).max(20).optional(),
    glossary: z.array(name('term')).max(30).optional(),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.steps.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `step id '${s.id}' is used twice` });
      seen.add(s.id);
    });
  }) as unknown as z.ZodType<LessonFile>;
