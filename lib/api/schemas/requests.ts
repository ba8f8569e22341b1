import * as z from 'zod';
import type { LabClock, LabSettings, MigrateArgs, ShellRequest } from '../contract';
import { filePath, flag, INT_MAX, name, oneOf, text, whole, withinBytes } from './fields';

/**
 * One schema per endpoint (docs/api.md): the mock handlers parse every request with these, and
 * so would a real backend. Unknown fields and wrong types are refused.
 */

/** A console line: one line of at most 4096 bytes, as a shell's line buffer would hold. */
export const LINE_BYTES = 4096;
export const shellRequest = z.strictObject({
  host: name('host'),
  line: text(LINE_BYTES, 'line'),
  cwd: filePath('cwd')
    .refine((s) => s.startsWith('/'), { error: 'cwd must be an absolute path' })
    .optional(),
  lang: z.enum(['en', 'ja']).optional(),
  columns: z.int().min(1).max(1000).optional(),
}) satisfies z.ZodType<ShellRequest>;

/** PUT /api/hosts/:host/files?path=: a file directly under one of the lab's writable folders. */
export const FILE_BYTES = 64 * 1024;
export const filesQuery = z.strictObject({
  path: text(300, 'path').refine((p) => /^\/(root|tmp|etc\/xen|etc\/libvirt\/qemu)\/(?!\.\.?$)[^/\0]{1,255}$/.test(p), {
    error: 'path must be a file directly under /root, /tmp, /etc/xen or /etc/libvirt/qemu',
  }),
});
export const fileText = z.string().refine((s) => withinBytes(s, FILE_BYTES), { error: 'file is larger than 64 KiB' });

export const migrateArgs = z.strictObject({
  target: name('target'),
  tool: oneOf('tool', ['virsh', 'xm', 'xl']).optional(),
  live: flag('live').optional(),
  offline: flag('offline').optional(),
  persistent: flag('persistent').optional(),
  undefinesource: flag('undefinesource').optional(),
  suspend: flag('suspend').optional(),
  autoConverge: flag('autoConverge').optional(),
  postcopy: flag('postcopy').optional(),
  timeout: whole('timeout (seconds)', 1, INT_MAX).optional(),
  bandwidth: whole('bandwidth (MiB/s)', 1, INT_MAX).optional(),
}) satisfies z.ZodType<MigrateArgs>;

export const clockRequest = z.strictObject({
  rate: z
    .number({ error: 'rate must be a number from 1 to 100' })
    .min(1, { error: 'rate must be a number from 1 to 100' })
    .max(100, { error: 'rate must be a number from 1 to 100' }),
}) satisfies z.ZodType<Pick<LabClock, 'rate'>>;

export const MAX_LATENCY_MS = 5000;
export const settingsRequest = z.strictObject({
  latencyMs: whole('latencyMs', 0, MAX_LATENCY_MS),
}) satisfies z.ZodType<LabSettings>;

export const reachableRequest = z.strictObject({ reachable: flag('reachable') });

/** GET /api/domains?host= and GET /api/events?host=&domain=. */
export const domainsQuery = z.strictObject({ host: name('host').optional() });
export const eventsQuery = z.strictObject({ host: name('host').optional(), domain: name('domain').optional() });

/** Path segments: a host, a domain, a lesson. */
export const hostParams = z.object({ host: name('host') });
export const domainParams = z.object({ host: name('host'), name: name('domain') });
export const lessonParams = z.object({ id: text(64, 'lesson') });

/** POST /api/lab/undo and /redo: how many commands to take back or bring back (the history list's rows). */
export const historyStepRequest = z.strictObject({ count: whole('count', 1, 50).optional() });
