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
  if (a.tool === 'xl') {
    // xl (Xen 4.4) migrates live, always, and takes no flag for it.
    const extra: string[] = BOOL_FLAGS.filter(([k]) => k !== 'live' && a[k]).map(([, f]) => f);
    if (a.timeout !== undefined) extra.push('--timeout');
    if (a.bandwidth !== undefined) extra.push('--bandwidth');
    if (extra.length) return { ok: false, message: `xl migrate has no ${extra.join(', ')}: it always migrates live` };
    return { ok: true, tool: 'xl', argv: ['migrate', domain, target.hostname] };
  }
  const flags: string[] = BOOL_FLAGS.filter(([k]) => a[k]).map(([, f]) => f);
  if (a.timeout !== undefined) flags.push('--timeout', String(a.timeout));
  if (a.bandwidth !== undefined) flags.push('--bandwidth', String(a.bandwidth));
  return { ok: true, tool: 'virsh', argv: ['migrate', ...flags, domain, target.uri] };
}

/** The query string form (GET .../migrate/check) as a body for lib/api/schemas: flags as `1`/`true`, numbers as text. */
export function argsFromQuery(q: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of q) {
    if (k === 'timeout' || k === 'bandwidth') body[k] = v === '' ? undefined : Number(v);
    else if (k === 'target' || k === 'tool') body[k] = v;
    // A flag is 1/true or 0/false; anything else stays text, which the schema refuses.
    else body[k] = v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v;
  }
  return body;
}

export function queryFromArgs(a: MigrateArgs): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== false) q.set(k, v === true ? '1' : String(v));
  return q.toString();
}
