import type { MigrateArgs, MigrateTool } from './contract';

/**
 * The migrate dialog's fields are `virsh migrate`'s flags one to one; this turns them into the
 * words the handler runs (and the dialog shows). xm has only --live: its other flags do not exist.
 */
const BOOL_FLAGS = [
  ['live', '--live'],
  ['offline', '--offline'],
  ['persistent', '--persistent'],
  ['undefinesource', '--undefinesource'],
  ['suspend', '--suspend'],
  ['autoConverge', '--auto-converge'],
  ['postcopy', '--postcopy'],
] as const satisfies readonly (readonly [keyof MigrateArgs, string])[];

export type MigrateCommand = { ok: true; tool: MigrateTool; argv: string[] } | { ok: false; message: string };
export interface MigrateTarget {
  uri: string;
  hostname: string;
}

export function migrateArgv(domain: string, a: MigrateArgs, target: MigrateTarget): MigrateCommand {
  if (a.tool === 'xm') {
    const extra: string[] = BOOL_FLAGS.filter(([k]) => k !== 'live' && a[k]).map(([, f]) => f);
    if (a.timeout !== undefined) extra.push('--timeout');
    if (a.bandwidth !== undefined) extra.push('--bandwidth');
    if (extra.length) return { ok: false, message: `xm migrate has no ${extra.join(', ')}: only --live (and -p PORT)` };
    return { ok: true, tool: 'xm', argv: ['migrate', ...(a.live ? ['--live'] : []), domain, target.hostname] };
  }
  const flags: string[] = BOOL_FLAGS.filter(([k]) => a[k]).map(([, f]) => f);
  if (a.timeout !== undefined) flags.push('--timeout', String(a.timeout));
  if (a.bandwidth !== undefined) flags.push('--bandwidth', String(a.bandwidth));
  return { ok: true, tool: 'virsh', argv: ['migrate', ...flags, domain, target.uri] };
}

const positiveInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** Reads a request body (or a query turned into one) as MigrateArgs, or says what is wrong. */
export function parseMigrateArgs(
  body: Record<string, unknown>,
): { ok: true; args: MigrateArgs } | { ok: false; message: string } {
  if (typeof body.target !== 'string' || body.target === '')
    return { ok: false, message: 'target must be the name of a host' };
  if (body.tool !== undefined && body.tool !== 'virsh' && body.tool !== 'xm')
    return { ok: false, message: 'tool must be virsh or xm' };
  const args: MigrateArgs = { target: body.target, ...(body.tool ? { tool: body.tool } : {}) };
  for (const [k] of BOOL_FLAGS) {
    const v = body[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') return { ok: false, message: `${k} must be true or false` };
    if (v) args[k] = true;
  }
  for (const k of ['timeout', 'bandwidth'] as const) {
    if (body[k] === undefined) continue;
    if (!positiveInt(body[k]))
      return { ok: false, message: `${k} must be a positive whole number (${k === 'timeout' ? 'seconds' : 'MiB/s'})` };
    args[k] = body[k] as number;
  }
  return { ok: true, args };
}

/** The query string form (GET .../migrate/check): flags present as `1`/`true`, numbers as text. */
export function argsFromQuery(q: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of q) {
    if (k === 'timeout' || k === 'bandwidth') body[k] = v === '' ? undefined : Number(v);
    else if (k === 'target' || k === 'tool') body[k] = v;
    else body[k] = v === '1' || v === 'true';
  }
  return body;
}

export function queryFromArgs(a: MigrateArgs): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== false) q.set(k, v === true ? '1' : String(v));
  return q.toString();
}
