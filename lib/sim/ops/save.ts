import { domainExists, exclusiveFlags, fail, ok, operationInvalid, unsupportedFlags, type Result } from '../result';
import { quirks } from '../drivers';
import { decodeSaveImage, encodeSaveImage } from '../save-image';
import { isActive } from '../states';
import { leaves, transitionFor } from '../transitions';
import type { Domain } from '../types';
import { domainByName, domainByUuid, domainName, inactiveDomain, updateDomain } from '../world';
import { activate, deactivate } from './activation';
import { driverDef } from './devices';
import { checkJobLock, commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';
import { admit } from './admission';

export interface SaveFlags {
  running?: boolean;
  paused?: boolean;
  bypassCache?: boolean;
  /** VIR_DOMAIN_SAVE_RESET_NVRAM (restore only). */
  resetNvram?: boolean;
  /** Replacement domain XML (--xml). */
  xml?: string;
}
const saveFlagBits = (f: SaveFlags) =>
  (f.bypassCache ? 1 : 0) | (f.running ? 2 : 0) | (f.paused ? 4 : 0) | (f.resetNvram ? 8 : 0);

/** virDomainSave: writes the image (returned for the caller to store) and stops the domain. */
export function domainSave(ctx: OpContext, uuid: string, flags: SaveFlags = {}): Result<OpOutcome & { image: string }> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  const bits = saveFlagBits(flags);
  if (flags.running && flags.paused) return exclusiveSaveFlags();
  if (!q.saveFlags && bits) return unsupportedFlags(bits, 'testDomainSaveFlags');
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainSaveFlags');
  if (!lock.ok) return lock;
  const paused = flags.paused ? true : flags.running ? false : d.state === 'paused';
  const image = encodeSaveImage(q.driver, d.live ?? d.config!, d.id, paused, { hung: d.hung });
  const done = commit(deactivate(ctx, d, leaves('save', d.state).reason), [
    lifecycleEvent(ctx, d, transitionFor('save').event),
  ]);
  return done.ok ? ok({ ...done.value, image }) : done;
}

/** libvirt's public API checks this before any driver sees the flags. */
const exclusiveSaveFlags = () => exclusiveFlags('VIR_DOMAIN_SAVE_RUNNING', 'VIR_DOMAIN_SAVE_PAUSED');

export type ImageRead = { data: string } | { errno: 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENAMETOOLONG' };
const errnoText = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  ENAMETOOLONG: 'File name too long',
};

/** Reads a save image the way the driver does (virsh save-image-dumpxml and restore share it). */
export function readSaveImage(read: ImageRead, absPath: string) {
  if ('errno' in read) {
    return read.errno === 'EISDIR'
      ? fail('SYSTEM_ERROR', `incomplete save header in '${absPath}': ${errnoText.EISDIR}`)
      : fail('SYSTEM_ERROR', `cannot read domain image '${absPath}': ${errnoText[read.errno]}`);
  }
  return decodeSaveImage(read.data, absPath);
}

/** virDomainRestore: defines (if new) and starts the domain from an image. */
export function domainRestore(
  ctx: OpContext,
  read: ImageRead,
  absPath: string,
  flags: SaveFlags = {},
): Result<OpOutcome & { domain: Domain }> {
  const q = quirks(hostOf(ctx).driver);
  const bits = saveFlagBits(flags);
  if (flags.running && flags.paused) return exclusiveSaveFlags();
  if (!q.saveFlags && bits) return unsupportedFlags(bits, 'testDomainRestoreFlags');
  if (flags.xml !== undefined && q.driver === 'test')
    return fail('ARGUMENT_UNSUPPORTED', 'argument unsupported: xml modification unsupported');
  const img = readSaveImage(read, absPath);
  if (!img.ok) return img;
  const def = driverDef(ctx, img.value.def);
  const host = hostOf(ctx);
  const existing = domainByUuid(host, def.uuid) ?? domainByName(host, def.name);
  if (existing && existing.uuid !== def.uuid) return domainExists(domainName(existing), existing.uuid);
  if (existing && isActive(existing.state)) return operationInvalid(`domain '${def.name}' is already active`);
  if (existing?.job) return checkJobLock(existing, 'virDomainRestoreFlags') as Result<never>;
  const base: Domain = existing ?? inactiveDomain(def.uuid, null);
  const paused = q.restoreKeepsPaused ? flags.paused || (img.value.paused && !flags.running) : false;
  // A guest saved paused comes back paused where the driver keeps that (Started Restored, Suspended Restored).
  const to = leaves('restore', base.state, paused ? 'paused' : undefined);
  const admitted = admit(ctx, def);
  if (!admitted.ok) return admitted;
  // The memory restored is what was saved: a hung kernel hangs again (decision 068).
  const { ctx: next, domain } = activate(ctx, { ...base, hung: img.value.hung }, def, to.state, to.reason);
  const events = [lifecycleEvent(next, domain, transitionFor('restore').event)];
  if (paused) events.push(lifecycleEvent(next, domain, ['Suspended', 'Restored']));
  const done = commit(next.world, events);
  return done.ok ? ok({ ...done.value, domain }) : done;
}

/** virDomainManagedSave. The test driver only sets a flag; real drivers keep the memory. */
export function domainManagedSave(ctx: OpContext, uuid: string, flags: SaveFlags = {}): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (flags.running && flags.paused) return exclusiveSaveFlags();
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  if (!d.config) return operationInvalid('cannot do managed save for transient domain');
  const lock = checkJobLock(d, 'virDomainManagedSave');
  if (!lock.ok) return lock;
  const paused = flags.paused ? true : flags.running ? false : d.state === 'paused';
  const world = deactivate(ctx, d, leaves('managedsave', d.state).reason, {
    managedSave: { def: d.live ?? d.config, paused, ...(d.hung ? { hung: d.hung } : {}) },
  });
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('managedsave').event)]);
}

export function domainManagedSaveRemove(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  return ok({ world: updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, managedSave: null })), events: [] });
}
