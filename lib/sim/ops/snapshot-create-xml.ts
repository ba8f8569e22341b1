import { exclusiveFlags, fail, invalidArg, ok, unsupportedFlags, type Result } from '../result';
import type { Domain, Snapshot } from '../types';
import { updateDomain } from '../world';
import type { ParseDefaults } from '../xml/parse';
import { parseSnapshotXml, type SnapshotDoc } from '../xml/snapshot-parse';
import { checkJobLock, commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';
import { domainSnapshotCreate, SNAPSHOT_CREATE, TEST_CREATE_OK } from './snapshot';

/** VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE and _CURRENT, which only snapshot-create passes. */
export const SNAPSHOT_REDEFINE = { redefine: 1, current: 2 } as const;
const flagName = (bit: string) => `VIR_DOMAIN_SNAPSHOT_CREATE_${bit}`;

type Created = Result<OpOutcome & { snapshot: Snapshot }>;

/** virDomainSnapshotCreateXML's own rules on its flags (libvirt.c), before the driver's. */
function flagRules(flags: number): Result<true> {
  const { redefine, current } = SNAPSHOT_REDEFINE;
  if (flags & current && !(flags & redefine))
    return fail('INVALID_ARG', `Flag '${flagName('REDEFINE')}' is required by flag '${flagName('CURRENT')}'`);
  if (flags & redefine && flags & SNAPSHOT_CREATE.noMetadata)
    return exclusiveFlags(flagName('REDEFINE'), flagName('NO_METADATA'));
  return ok(true);
}

/** Puts back a snapshot's metadata (REDEFINE): its parent must exist; --current makes it current. */
function redefine(ctx: OpContext, d: Domain, doc: SnapshotDoc & { name: string }, current: boolean): Created {
  const h = doc.history!;
  if (h.parent !== undefined && !d.snapshots.some((s) => s.name === h.parent))
    return invalidArg(`parent ${h.parent} for moment ${doc.name} not found`);
  const snapshot: Snapshot = {
    name: doc.name,
    creationTime: h.creationTime,
    state: h.state,
    def: h.def,
    ...(h.parent !== undefined ? { parent: h.parent } : {}),
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    redefined: true,
  };
  const put = (x: Domain): Domain => ({
    ...x,
    snapshots: x.snapshots.some((s) => s.name === doc.name)
      ? x.snapshots.map((s) => (s.name === doc.name ? snapshot : s))
      : [...x.snapshots, snapshot],
    ...(current ? { currentSnapshot: doc.name } : {}),
  });
  const done = commit(updateDomain(ctx.world, ctx.host, d.uuid, put), []);
  return done.ok ? ok({ ...done.value, snapshot }) : done;
}

/**
 * virDomainSnapshotCreateXML from a `<domainsnapshot>` document (virsh snapshot-create): the
 * flag rules, the driver's flags, the document; a new snapshot is named after the clock when the
 * document names none.
 */
export function domainSnapshotCreateXml(
  ctx: OpContext,
  uuid: string,
  xml: string,
  flags: number,
  defaults: ParseDefaults = {},
  regularFile: (path: string) => boolean = () => false,
): Created {
  const rules = flagRules(flags);
  if (!rules.ok) return rules;
  const bad = flags & ~TEST_CREATE_OK;
  if (hostOf(ctx).driver === 'test' && bad) return unsupportedFlags(bad, 'testDomainSnapshotCreateXML');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const validate = (flags & SNAPSHOT_CREATE.validate) !== 0;
  const doc = parseSnapshotXml(xml, (flags & SNAPSHOT_REDEFINE.redefine) !== 0, defaults, validate);
  if (!doc.ok) return doc;
  if (doc.value.history) {
    const lock = checkJobLock(found.value, 'virDomainSnapshotCreateXML');
    if (!lock.ok) return lock;
    const named = { ...doc.value, name: doc.value.name! };
    return redefine(ctx, found.value, named, (flags & SNAPSHOT_REDEFINE.current) !== 0);
  }
  const { name = String(Math.floor(ctx.now / 1000)), ...spec } = doc.value;
  return domainSnapshotCreate(ctx, uuid, { name, ...spec, regularFile }, flags & ~3);
}
