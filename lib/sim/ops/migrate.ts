import { simulateMigration } from '../migration/model';
import { progressAt, type MigrationProgress } from '../migration/progress';
import type { MigrationParams, MigrationPlan } from '../migration/types';
import { fail, invalidArg, ok, operationInvalid, type Result } from '../result';
import { isActive } from '../states';
import type { Domain, DomainEvent, World } from '../types';
import {
  currentDef,
  domainByName,
  domainByUuid,
  domainName,
  findHost,
  updateDomain,
  updateHost,
  removeDomain,
  withEvents,
} from '../world';
import { domainOf, hostOf, type OpContext, type OpOutcome } from './context';

/** What `virsh migrate` / `xm migrate` ask for; the target is a host of the world. */
export interface MigrateRequest {
  uuid: string;
  target: string;
  live: boolean;
  /** libvirt's --offline: move only the persistent definition (needs --persistent). */
  offline?: boolean;
  persistent?: boolean;
  undefineSource?: boolean;
  /** Leave the domain paused on the target. */
  suspend?: boolean;
  timeoutS?: number;
  autoConverge?: boolean;
  postcopy?: boolean;
  /** Link speed between the hosts (default: 1 GbE ≈ 117 MiB/s). */
  bandwidthMibps?: number;
  /** Failure injection: the link breaks this many seconds into the copy. */
  linkCutAtS?: number;
}

export interface MigrationJob {
  request: MigrationRequestState;
  params: MigrationParams;
  plan: MigrationPlan;
  startedAt: number;
  wasPaused: boolean;
}
type MigrationRequestState = MigrateRequest & { source: string };

/** The guest's workload as the model sees it: how fast it dirties memory and over how much. */
export function workloadOf(d: Domain) {
  const memoryMib = currentDef(d).currentMemoryKiB / 1024;
  return { memoryMib, dirtyRateMibps: 24, wwsMib: Math.max(8, memoryMib / 8) };
}

export function migrationParams(d: Domain, policy: 'qemu' | 'xen', req: MigrateRequest): MigrationParams {
  const w = workloadOf(d);
  return {
    mode: req.offline ? 'definition-only' : req.live ? 'live' : 'offline',
    policy,
    memoryMib: w.memoryMib,
    bandwidthMibps: req.bandwidthMibps ?? 117,
    dirtyRateMibps: w.dirtyRateMibps,
    wwsMib: w.wwsMib,
    autoConverge: req.autoConverge,
    postcopy: req.postcopy,
    timeoutS: req.timeoutS,
  };
}

/** The outgoing migration a domain's job holds, if it is one (the one place that reads DomainJob.options as a MigrationJob). */
export const migrationJobOf = (d: Domain): MigrationJob | undefined =>
  d.job?.kind === 'migration' ? (d.job.options as unknown as MigrationJob) : undefined;

/**
 * The destination's side of a QEMU migration. libvirt's Prepare step starts the guest's process on
 * the target, paused (reason "migrating", event Started Migrated), before any memory is sent: so
 * `virsh list` there shows it paused for the whole copy. `kept`: the shut-off definition of this
 * domain the target had before, put back if the migration fails.
 */
export interface IncomingJob {
  source: string;
  kept: Domain | null;
}
export const incomingOf = (d: Domain): IncomingJob | undefined =>
  d.job?.kind === 'migration-in' ? (d.job.options as unknown as IncomingJob) : undefined;

/** Whether the target shows the arriving guest while it arrives (QEMU; Xen's relocation is not modelled so). */
const holdsIncoming = (world: World, req: MigrateRequest, params: MigrationParams) =>
  params.mode !== 'definition-only' && findHost(world, req.target)?.driver === 'qemu';

function addIncoming(
  world: World,
  source: string,
  d: Domain,
  req: MigrateRequest,
  now: number,
): { world: World; event: Omit<DomainEvent, 'seq'> } {
  const target = findHost(world, req.target)!;
  const kept = domainByUuid(target, d.uuid) ?? null;
  const def = currentDef(d);
  const incoming: Domain = {
    uuid: d.uuid,
    id: target.nextId,
    state: 'paused',
    reason: 'migrating',
    config: kept?.config ?? null,
    live: def,
    autostart: kept?.autostart ?? false,
    managedSave: null,
    snapshots: [],
    startedAt: now,
    job: {
      kind: 'migration-in',
      startedAt: now,
      targetHost: req.target,
      options: { source, kept } satisfies IncomingJob as unknown as Record<string, unknown>,
    },
  };
  const w = updateHost(world, req.target, (h) => ({
    ...h,
    nextId: h.nextId + 1,
    domains: kept ? h.domains.map((x) => (x.uuid === d.uuid ? incoming : x)) : [...h.domains, incoming],
  }));
  return {
    world: w,
    event: { time: now, host: req.target, domain: def.name, type: 'lifecycle', event: 'Started', detail: 'Migrated' },
  };
}

/** A migration that failed or was cancelled: the target drops the guest it was receiving (Stopped Failed). */
function dropIncoming(
  world: World,
  job: MigrationJob,
  d: Domain,
  now: number,
): { world: World; events: Omit<DomainEvent, 'seq'>[] } {
  const target = findHost(world, job.request.target);
  const there = target && domainByUuid(target, d.uuid);
  const inc = there && incomingOf(there);
  if (!target || !there || !inc) return { world, events: [] };
  return {
    world: letGo(world, target.name, there, inc, 'failed'),
    events: [
      { time: now, host: target.name, domain: domainName(d), type: 'lifecycle', event: 'Stopped', detail: 'Failed' },
    ],
  };
}

/**
 * The target lets the arriving guest go: the definition it had kept comes back; a definition
 * given to the guest during the copy (virsh define there) stays, shut off; otherwise it is gone.
 */
function letGo(world: World, host: string, there: Domain, inc: IncomingJob, reason: string): World {
  if (inc.kept && there.config === inc.kept.config) return updateDomain(world, host, there.uuid, () => inc.kept!);
  if (there.config)
    return updateDomain(world, host, there.uuid, (x) => ({
      ...x,
      id: null,
      state: 'shut off',
      reason,
      live: null,
      startedAt: undefined,
      job: undefined,
    }));
  return removeDomain(world, host, there.uuid);
}

/** Checks libvirt makes before a migration starts; nothing changes when one fails. */
function precheck(ctx: OpContext, d: Domain, req: MigrateRequest): Result<true> {
  const source = hostOf(ctx);
  const target = findHost(ctx.world, req.target);
  if (req.offline && req.live)
    return fail('INVALID_ARG', "Flags 'VIR_MIGRATE_LIVE' and 'VIR_MIGRATE_OFFLINE' are mutually exclusive");
  if (req.offline && !req.persistent)
    return operationInvalid('offline migration must be specified with the persistent flag set');
  if (d.job)
    return fail(
      'OPERATION_INVALID',
      'Requested operation is not valid: another migration job is already running for domain',
    );
  if (!req.offline && !isActive(d.state)) return operationInvalid('domain is not running');
  if (req.offline && !d.config) return operationInvalid('cannot migrate a transient domain offline');
  if (!target?.reachable) {
    return fail(
      'SYSTEM_ERROR',
      `Cannot recv data: ssh: connect to host ${target?.hostname ?? req.target} port 22: No route to host: Connection reset by peer`,
    );
  }
  if (target.name === source.name) return invalidArg('Attempt to migrate guest to the same host');
  if (target.driver !== source.driver)
    return fail(
      'NO_SUPPORT',
      `this function is not supported by the connection driver: cannot migrate a ${source.hypervisor} domain to a ${target.hypervisor} host`,
    );
  const def = currentDef(d);
  // The target may keep this very domain's definition (same UUID, shut off): libvirt activates it.
  const byName = domainByName(target, def.name);
  if (byName && byName.uuid !== d.uuid)
    return fail('OPERATION_FAILED', `operation failed: domain '${def.name}' already exists with uuid ${byName.uuid}`);
  const same = domainByUuid(target, d.uuid);
  if (same && isActive(same.state)) return operationInvalid(`domain '${def.name}' is already active`);
  const usedKiB = target.domains
    .filter((x) => isActive(x.state))
    .reduce((a, x) => a + currentDef(x).currentMemoryKiB, 0);
  const dom0KiB = (target.xen?.dom0.memoryMiB ?? 0) * 1024;
  if (!req.offline && usedKiB + dom0KiB + def.currentMemoryKiB > target.memoryKiB) {
    return fail(
      'INTERNAL_ERROR',
      `internal error: process exited while connecting to monitor: cannot set up guest memory 'pc.ram': Cannot allocate memory`,
    );
  }
  return ok(true);
}

/** Starts a migration job on the source; the guest moves when advanceJobs reaches the plan's end. */
export function migrateStart(ctx: OpContext, req: MigrateRequest): Result<OpOutcome & { plan: MigrationPlan }> {
  const found = domainOf(ctx, req.uuid);
  if (!found.ok) return found;
  const d = found.value;
  const check = precheck(ctx, d, req);
  if (!check.ok) return check;
  const policy = hostOf(ctx).driver === 'xen' ? 'xen' : 'qemu';
  const params = migrationParams(d, policy, req);
  const plan = simulateMigration(params);
  const job: MigrationJob = {
    request: { ...req, source: ctx.host },
    params,
    plan,
    startedAt: ctx.now,
    wasPaused: d.state === 'paused',
  };
  const pausedNow = params.mode === 'offline' && d.state === 'running';
  const world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
    ...x,
    job: {
      kind: 'migration',
      startedAt: ctx.now,
      targetHost: req.target,
      options: job as unknown as Record<string, unknown>,
    },
    ...(pausedNow ? { state: 'paused' as const, reason: 'migrating' } : {}),
  }));
  const events: Omit<DomainEvent, 'seq'>[] = [];
  let w = world;
  if (holdsIncoming(w, req, params)) {
    const inc = addIncoming(w, ctx.host, d, req, ctx.now);
    w = inc.world;
    events.push(inc.event);
  }
  if (pausedNow)
    events.push({
      time: ctx.now,
      host: ctx.host,
      domain: domainName(d),
      type: 'lifecycle',
      event: 'Suspended',
      detail: 'Migrated',
    });
  const done = withEvents(w, events);
  return ok({ ...done, plan });
}

/** The job's figures now, as domjobinfo shows them. */
export function migrationProgress(d: Domain, now: number): MigrationProgress | undefined {
  const job = migrationJobOf(d);
  return job ? progressAt(job.plan, job.params, Math.max(0, now - job.startedAt) / 1000) : undefined;
}

/** When the job will end (ms), or null when it never converges. */
export function migrationEndsAt(d: Domain): number | null {
  const job = migrationJobOf(d);
  if (!job || job.plan.stop_reason === 'no-convergence') return null;
  // Rounded up to whole ms so that advancing to this instant always finishes the job.
  return Math.ceil(job.startedAt + job.plan.total_time_s * 1000);
}

/** Moves every migration job forward to `now`: pause for stop-and-copy, finish, or fail on a cut link. */
export function advanceJobs(world: World, now: number): { world: World; events: DomainEvent[] } {
  let w = world;
  const events: Omit<DomainEvent, 'seq'>[] = [];
  for (const host of world.hosts) {
    for (const d of host.domains) {
      const job = migrationJobOf(d);
      if (!job) continue;
      const elapsedS = (now - job.startedAt) / 1000;
      const name = domainName(d);
      if (job.request.linkCutAtS !== undefined && elapsedS >= job.request.linkCutAtS) {
        const ended = endJob(
          w,
          host.name,
          d,
          job,
          { lastJob: { kind: 'migration', stats: { result: 'failed', reason: 'link cut' } } },
          now,
        );
        w = ended.world;
        events.push(
          {
            time: now,
            host: host.name,
            domain: name,
            type: 'job',
            event: 'Job',
            detail: 'Failed: the connection to the target broke',
          },
          ...ended.events,
        );
        const dropped = dropIncoming(w, job, d, now);
        w = dropped.world;
        events.push(...dropped.events);
        continue;
      }
      const p = progressAt(job.plan, job.params, elapsedS);
      if (p.done) {
        const r = finish(w, host.name, d, job, now);
        w = r.world;
        events.push(...r.events);
      } else if (p.phase === 'postcopy' && d.reason !== 'post-copy') {
        // The switch-over: the guest now runs on the target, pulling the pages it still lacks from
        // the source, which keeps them paused (libvirt: PAUSED_POSTCOPY / RUNNING_POSTCOPY).
        w = updateDomain(w, host.name, d.uuid, (x) => ({ ...x, state: 'paused', reason: 'post-copy' }));
        if (d.state === 'running')
          events.push({
            time: now,
            host: host.name,
            domain: name,
            type: 'lifecycle',
            event: 'Suspended',
            detail: 'Post-copy',
          });
        const target = findHost(w, job.request.target);
        const there = target && domainByUuid(target, d.uuid);
        if (target && there && incomingOf(there)) {
          w = updateDomain(w, target.name, d.uuid, (x) => ({ ...x, state: 'running', reason: 'post-copy' }));
          events.push({
            time: now,
            host: target.name,
            domain: name,
            type: 'lifecycle',
            event: 'Resumed',
            detail: 'Post-copy',
          });
        }
      } else if (p.paused && d.state === 'running') {
        w = updateDomain(w, host.name, d.uuid, (x) => ({ ...x, state: 'paused', reason: 'migrating' }));
        events.push({
          time: now,
          host: host.name,
          domain: name,
          type: 'lifecycle',
          event: 'Suspended',
          detail: 'Migrated',
        });
      }
    }
  }
  return events.length || w !== world ? withEvents(w, events) : { world, events: [] };
}

/**
 * Ends a job without moving the guest: it runs on where it was (paused if the user had paused it).
 * A guest the migration had paused resumes with reason "migration canceled", event Resumed
 * Migrated (qemuDomainRunningReasonToResumeEvent maps the one to the other).
 */
function endJob(
  world: World,
  host: string,
  d: Domain,
  job: MigrationJob,
  extra: Partial<Domain>,
  now: number,
): { world: World; events: Omit<DomainEvent, 'seq'>[] } {
  const resume = d.state === 'paused' && !job.wasPaused;
  const w = updateDomain(world, host, d.uuid, (x) => ({
    ...x,
    ...extra,
    job: undefined,
    ...(resume ? { state: 'running' as const, reason: 'migration canceled' } : {}),
  }));
  return {
    world: w,
    events: resume
      ? [{ time: now, host, domain: domainName(d), type: 'lifecycle', event: 'Resumed', detail: 'Migrated' }]
      : [],
  };
}

/** virDomainAbortJob: cancels the migration; the guest stays on its source. */
export function migrateAbort(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (incomingOf(d)) return operationInvalid('cannot abort incoming migration; use virDomainDestroy instead');
  const job = migrationJobOf(d);
  if (!job) return operationInvalid('no job is active on the domain');
  const ended = endJob(
    ctx.world,
    ctx.host,
    d,
    job,
    { lastJob: { kind: 'migration', stats: { result: 'canceled' } } },
    ctx.now,
  );
  const dropped = dropIncoming(ended.world, job, d, ctx.now);
  return ok(
    withEvents(dropped.world, [
      { time: ctx.now, host: ctx.host, domain: domainName(d), type: 'job', event: 'Job', detail: 'Canceled' },
      ...ended.events,
      ...dropped.events,
    ]),
  );
}

/**
 * virDomainDestroy of the guest a destination is receiving: its process is killed, so the
 * migration fails on the source, where the guest runs on (resumed if the migration had paused it).
 */
export function destroyIncoming(ctx: OpContext, d: Domain): Result<OpOutcome> {
  const inc = incomingOf(d)!;
  const name = domainName(d);
  let w = letGo(ctx.world, ctx.host, d, inc, 'destroyed');
  const events: Omit<DomainEvent, 'seq'>[] = [
    { time: ctx.now, host: ctx.host, domain: name, type: 'lifecycle', event: 'Stopped', detail: 'Destroyed' },
  ];
  const source = findHost(w, inc.source);
  const out = source && domainByUuid(source, d.uuid);
  const job = out && migrationJobOf(out);
  if (source && out && job) {
    const ended = endJob(
      w,
      source.name,
      out,
      job,
      { lastJob: { kind: 'migration', stats: { result: 'failed', reason: 'destination destroyed' } } },
      ctx.now,
    );
    w = ended.world;
    events.push(
      {
        time: ctx.now,
        host: source.name,
        domain: name,
        type: 'job',
        event: 'Job',
        detail: 'Failed: the domain on the destination was destroyed',
      },
      ...ended.events,
    );
  }
  return ok(withEvents(w, events));
}

/**
 * virDomainDestroy of a guest being migrated away from a QEMU host: libvirt kills its process
 * before it takes the job (qemuProcessBeginStopJob), so the migration fails and the target drops
 * what it was receiving. Returns the world with the job ended, for the destroy to finish; null
 * when the domain has no outgoing migration.
 */
export function failOnDestroy(ctx: OpContext, d: Domain): { world: World; events: Omit<DomainEvent, 'seq'>[] } | null {
  const job = migrationJobOf(d);
  if (!job) return null;
  const w = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
    ...x,
    job: undefined,
    lastJob: { kind: 'migration', stats: { result: 'failed', reason: 'source destroyed' } },
  }));
  const dropped = dropIncoming(w, job, d, ctx.now);
  return {
    world: dropped.world,
    events: [
      {
        time: ctx.now,
        host: ctx.host,
        domain: domainName(d),
        type: 'job',
        event: 'Job',
        detail: 'Failed: the domain was destroyed',
      },
      ...dropped.events,
    ],
  };
}

function finish(world: World, sourceName: string, d: Domain, job: MigrationJob, now: number) {
  const req = job.request;
  const def = currentDef(d);
  const name = def.name;
  const events: Omit<DomainEvent, 'seq'>[] = [];
  // What `virsh domjobinfo --completed` reports afterwards: the job's figures at its end.
  const final = progressAt(job.plan, job.params, job.plan.total_time_s);
  const stats: Record<string, number | string> = {
    ...numericFields(final),
    result: 'completed',
    rounds: job.plan.rounds,
    transferred_mib: job.plan.transferred_mib,
    total_time_ms: Math.round(job.plan.total_time_s * 1000),
    downtime_ms: Math.round(job.plan.downtime_ms),
  };
  let w = world;
  if (job.params.mode === 'definition-only') {
    w = addToTarget(w, req.target, {
      uuid: d.uuid,
      id: null,
      state: 'shut off',
      reason: 'unknown',
      config: d.config,
      live: null,
      autostart: false,
      managedSave: null,
      snapshots: [],
    });
    events.push({ time: now, host: req.target, domain: name, type: 'lifecycle', event: 'Defined', detail: 'Migrated' });
  } else {
    const target = findHost(w, req.target)!;
    const arriving = domainByUuid(target, d.uuid);
    const incoming = arriving && incomingOf(arriving) ? arriving : undefined;
    const paused = req.suspend || job.wasPaused;
    const moved: Domain = {
      uuid: d.uuid,
      id: incoming?.id ?? target.nextId,
      state: paused ? 'paused' : 'running',
      reason: paused ? 'migrating' : 'migrated',
      config: req.persistent ? (d.config ?? def) : null,
      live: def,
      autostart: false,
      managedSave: null,
      snapshots: [],
      startedAt: now,
      // libvirt gives the destination the source's statistics (the migration cookie) under its own
      // job's operation: `virsh domjobinfo --completed` there says "Incoming migration".
      lastJob: { kind: 'migration', stats: { ...stats, operation: 'in' } },
    };
    if (!incoming) w = updateHost(w, req.target, (h) => ({ ...h, nextId: h.nextId + 1 }));
    w = addToTarget(
      w,
      req.target,
      incoming
        ? {
            ...moved,
            autostart: incoming.autostart,
            config: moved.config ?? incoming.config,
            startedAt: incoming.startedAt,
          }
        : moved,
    );
    // Already running there after a post-copy switch-over: no second Resumed.
    if (!(incoming?.state === 'running' && !paused))
      events.push({
        time: now,
        host: req.target,
        domain: name,
        type: 'lifecycle',
        event: paused ? 'Suspended' : 'Resumed',
        detail: 'Migrated',
      });
    // Started Migrated came with the incoming guest at the start (addIncoming) where the target holds one.
    if (!incoming)
      events.push({
        time: now,
        host: req.target,
        domain: name,
        type: 'lifecycle',
        event: 'Started',
        detail: 'Migrated',
      });
  }
  if (job.params.mode === 'definition-only') {
    w = req.undefineSource
      ? removeDomain(w, sourceName, d.uuid)
      : updateDomain(w, sourceName, d.uuid, (x) => ({ ...x, job: undefined, lastJob: { kind: 'migration', stats } }));
  } else if (req.undefineSource || !d.config) {
    w = removeDomain(w, sourceName, d.uuid);
    events.push({ time: now, host: sourceName, domain: name, type: 'lifecycle', event: 'Stopped', detail: 'Migrated' });
  } else {
    w = updateDomain(w, sourceName, d.uuid, (x) => ({
      ...x,
      id: null,
      state: 'shut off',
      reason: 'migrated',
      live: null,
      job: undefined,
      lastJob: { kind: 'migration', stats },
    }));
    events.push({ time: now, host: sourceName, domain: name, type: 'lifecycle', event: 'Stopped', detail: 'Migrated' });
  }
  return { world: w, events };
}

const numericFields = (p: MigrationProgress) =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

/** The last completed migration's figures, and which end of it this domain was. */
export function completedMigration(d: Domain): { progress: MigrationProgress; incoming: boolean } | undefined {
  const s = d.lastJob?.kind === 'migration' && d.lastJob.stats.result === 'completed' ? d.lastJob.stats : undefined;
  return s
    ? {
        progress: { ...(s as unknown as MigrationProgress), paused: false, done: true, phase: 'completed' },
        incoming: s.operation === 'in',
      }
    : undefined;
}

/** Puts the arriving domain on the target, in place of a kept shut-off definition of it. */
function addToTarget(world: World, target: string, d: Domain): World {
  return updateHost(world, target, (h) => {
    const kept = h.domains.find((x) => x.uuid === d.uuid);
    if (!kept) return { ...h, domains: [...h.domains, d] };
    return {
      ...h,
      domains: h.domains.map((x) =>
        x.uuid === d.uuid ? { ...d, config: d.config ?? kept.config, autostart: kept.autostart } : x,
      ),
    };
  });
}
