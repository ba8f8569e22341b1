import type { Domain, DomainDef, DomainState, World } from '../sim/types';
import { domainByName, findHost } from '../sim/world';
import type { CheckContext } from './types';

/** Small predicates the lessons' checks and goals are written with. */

export const domainOn = (world: World, host: string, name: string): Domain | undefined => {
  const h = findHost(world, host);
  return h ? domainByName(h, name) : undefined;
};

/** The domain is on `host` in `state` (and, when given, for `reason`, as `virsh domstate --reason` shows). */
export function isState(world: World, host: string, name: string, state: DomainState, reason?: string): boolean {
  const d = domainOn(world, host, name);
  return !!d && d.state === state && (reason === undefined || d.reason === reason);
}

export const liveDef = (world: World, host: string, name: string): DomainDef | undefined =>
  domainOn(world, host, name)?.live ?? undefined;
export const configDef = (world: World, host: string, name: string): DomainDef | undefined =>
  domainOn(world, host, name)?.config ?? undefined;

export const GiB = 1048576;
export const MiB = 1024;

export const hostFile = (world: World, host: string, path: string): string | undefined =>
  findHost(world, host)?.files[path];

/** Paths of the host's files directly in `dir`. */
export const filesIn = (world: World, host: string, dir: string): string[] =>
  Object.keys(findHost(world, host)?.files ?? {}).filter(
    (p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'),
  );

/** Collapses runs of blanks so patterns need not care how the learner spaced the words. */
const normal = (line: string) => line.trim().replace(/\s+/g, ' ');

export type Outcome = 'ok' | 'failed' | 'any';

/**
 * A command matching `pattern` ran on `host` since the step began, and ended as asked
 * (`ok`: exit 0; `failed`: non-zero but not "command not found" (127); `any`: either).
 */
export function ran(ctx: CheckContext, host: string, pattern: RegExp, outcome: Outcome = 'ok'): boolean {
  return ctx.commands.some(
    (c) =>
      c.host === host &&
      pattern.test(normal(c.line)) &&
      (outcome === 'any' ? c.status !== 127 : outcome === 'ok' ? c.status === 0 : c.status !== 0 && c.status !== 127),
  );
}

/** The value of one `(name value)` setting in xend-config.sxp text, quotes removed. */
export function sxpSetting(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    const m = new RegExp(`^\\(${name.replace(/[-]/g, '\\-')}\\s+(.*)\\)$`).exec(line);
    // xend's sxp.child_value returns the first occurrence.
    if (m)
      return m[1]
        .trim()
        .replace(/^'(.*)'$/, '$1')
        .replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}
