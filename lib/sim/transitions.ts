import { domainStates, isActive } from './states';
import type { Domain, DomainState, Driver } from './types';

/**
 * The one source of lifecycle rules. Buttons, the state diagram, "why is this disabled" and
 * the command help all read this table. Each entry: the states it may start from (per driver
 * where drivers differ), the state and reason it leaves, and the lifecycle event libvirt emits.
 */
export type LifecycleAction =
  | 'start'
  | 'shutdown'
  | 'reboot'
  | 'reset'
  | 'destroy'
  | 'suspend'
  | 'resume'
  | 'save'
  | 'restore'
  | 'managedsave'
  | 'undefine'
  | 'migrate'
  // A trainer's action, not a command: the guest kernel panics (decision 055).
  | 'crash';

/** What an action leaves: a state and reason, the domain as it was, or no domain (its definition removed). */
export type Outcome = { state: DomainState; reason: string } | 'unchanged' | 'removed';

/**
 * Another state an action can leave, under a flag or on one end of a migration: the diagram draws
 * each, an operation that takes the branch reads it (`leaves(action, from, id)`), and a transition
 * seen only through its events (xm/xl, the other host) is named by `event`.
 */
export interface Variant {
  id:
    | 'paused'
    | 'source-left'
    | 'source-paused'
    | 'arriving'
    | 'arrived'
    | 'arrived-paused'
    | 'postcopy-done'
    | 'guest-off'
    | 'qemu-ended'
    | 'crash-stopped'
    | 'crash-reset'
    | 'crash-restarted';
  /** When it applies, in a learner's words (the diagram's tooltip). */
  when: string;
  from: readonly DomainState[];
  to: { state: DomainState; reason: string };
  /** Its lifecycle event; none when the state stays and only the reason changes. */
  event?: readonly [string, string];
  /** The drivers that take this branch (all when absent); libvirt's test driver refuses the flags. */
  drivers?: readonly Driver[];
}

export interface Transition {
  action: LifecycleAction;
  label: string;
  from: readonly DomainState[];
  /** Where drivers differ from `from`. */
  fromByDriver?: Partial<Record<Driver, readonly DomainState[]>>;
  /** Starting states the action takes only with one of these reasons (QEMU resumes a crashed guest only if it panicked). */
  fromReasons?: Partial<Record<DomainState, readonly string[]>>;
  /** The state it leaves; 'unchanged' keeps state and reason as they were. */
  to: DomainState | 'unchanged';
  /** The reason it leaves with `to` ('' when unchanged). */
  reason: string;
  /** Starting states that end elsewhere than `to` / `reason`. */
  toFrom?: Partial<Record<DomainState, Outcome>>;
  /** Where a driver leaves another state than `to` (libxl never shows `crashed`: a crashed guest is shut off). */
  toByDriver?: Partial<Record<Driver, { state: DomainState; reason: string }>>;
  /** virsh event's "Event Detail" words. */
  event: readonly [string, string];
  /** Where a driver reports the action with other words. */
  eventByDriver?: Partial<Record<Driver, readonly [string, string]>>;
  variants?: readonly Variant[];
  /** The row's own outcome is the guest's across hosts (migrate): each host sees only its variants. */
  acrossHosts?: true;
  /** Why the action is refused from a state it does not start from (REQUIREMENT words it in English). */
  requires: Requirement;
  summary: string;
}

/** What a refused action lacks, as a key the UI translates (and REQUIREMENT's English words). */
export type Requirement = 'notShutOff' | 'notRunning' | 'notActive' | 'notPaused' | 'alreadyActive' | 'transient';
export const REQUIREMENT: Record<Requirement, string> = {
  notShutOff: 'the domain is not shut off',
  notRunning: 'the domain is not running',
  notActive: 'the domain is not active',
  notPaused: 'the domain is not paused',
  alreadyActive: 'the domain is already active',
  transient: 'the domain is transient',
};

/** Why an action is not available: a key for the UI (messages `why.*`) and the English sentence. */
export type WhyCode =
  | Requirement
  | 'arriving'
  | 'preserved'
  | 'jobRunning'
  | 'pickSaveFile'
  | 'transientCannotStart'
  | 'noGuest'
  // The real backend (lib/server, decision 019): a driver without job info, a read-only connection.
  | 'noJobInfo'
  | 'readOnly';
export type WhyNot = { allowed: false; why: string; code: WhyCode };

/** Every state with a live definition (isActive): libvirt's virDomainObjCheckActive lets these through. */
const ACTIVE: readonly DomainState[] = domainStates.filter(isActive);

export const transitions: readonly Transition[] = [
  {
    action: 'start',
    label: 'Start',
    from: ['shut off'],
    to: 'running',
    reason: 'booted',
    event: ['Started', 'Booted'],
    // start --paused boots the guest and pauses it before it runs (Started Booted, Suspended Paused);
    // QEMU resumes a managed save image paused if it was saved paused.
    variants: [
      {
        id: 'paused',
        when: 'start --paused (or a managed save image saved paused)',
        from: ['shut off'],
        to: { state: 'paused', reason: 'user' },
        event: ['Suspended', 'Paused'],
        drivers: ['qemu', 'xen'],
      },
    ],
    requires: 'notShutOff',
    summary: 'boot a defined domain (or resume it from its managed save image)',
  },
  {
    action: 'shutdown',
    label: 'Shut down',
    from: ['running'],
    fromByDriver: { test: ACTIVE },
    to: 'shut off',
    reason: 'shutdown',
    event: ['Stopped', 'Shutdown'],
    // QEMU (qemuProcessHandleShutdown): the guest has powered off, QEMU is being killed; then it is gone.
    variants: [
      {
        id: 'guest-off',
        when: 'QEMU: the guest OS has powered off; libvirt ends QEMU (in shutdown, for a moment)',
        from: ['running'],
        to: { state: 'in shutdown', reason: 'unknown' },
        event: ['Shutdown', 'Finished after guest request'],
        drivers: ['qemu'],
      },
      {
        id: 'qemu-ended',
        when: 'QEMU: the process has ended after the guest powered off',
        from: ['in shutdown'],
        to: { state: 'shut off', reason: 'shutdown' },
        event: ['Stopped', 'Shutdown'],
        drivers: ['qemu'],
      },
    ],
    requires: 'notRunning',
    summary: 'ask the guest OS to power off (ACPI); it does so a few seconds later, or ignores it',
  },
  {
    action: 'reboot',
    label: 'Reboot',
    from: ['running'],
    fromByDriver: { test: ACTIVE },
    to: 'running',
    reason: 'booted',
    // virsh event's "reboot" event, not a lifecycle one. libxl destroys a rebooting guest and
    // creates it again (libxlDomainShutdownHandleRestart): Stopped Shutdown, then Started Booted.
    event: ['Reboot', ''],
    eventByDriver: { xen: ['Started', 'Booted'] },
    requires: 'notRunning',
    summary: 'ask the guest OS to restart; it does so a few seconds later',
  },
  {
    action: 'reset',
    label: 'Reset',
    from: ACTIVE,
    // The guest restarts in place: a paused one stays paused, the reason stays (virsh domstate --reason).
    to: 'unchanged',
    reason: '',
    // A panicked guest (QEMU's guest-panicked): system_reset brings it out, and qemuDomainReset shows it
    // paused (crashed) until resume starts its vCPUs (QEMU refuses `cont` before the reset).
    toFrom: { crashed: { state: 'paused', reason: 'crashed' } },
    event: ['Reboot', ''],
    requires: 'notActive',
    summary: 'press the reset button: no guest cooperation, unsynced data is lost',
  },
  {
    action: 'destroy',
    label: 'Destroy',
    from: ACTIVE,
    to: 'shut off',
    reason: 'destroyed',
    event: ['Stopped', 'Destroyed'],
    requires: 'notRunning',
    summary: 'pull the plug: stop at once without the guest OS shutting down',
  },
  {
    action: 'suspend',
    label: 'Suspend',
    // Suspending a paused guest is refused (test driver) or does nothing (QEMU): not a transition.
    from: ACTIVE.filter((s) => s !== 'paused'),
    to: 'paused',
    reason: 'user',
    event: ['Suspended', 'Paused'],
    requires: 'notRunning',
    summary: 'stop scheduling the vCPUs; memory stays allocated in RAM',
  },
  {
    action: 'resume',
    label: 'Resume',
    // qemuDomainResume starts the vCPUs of a paused guest and of one its panic device reported (crashed
    // (panicked): QEMU ≥ 2.10 lets `cont` out of guest-panicked). libxl and the test driver resume only a
    // paused one (libxl never shows crashed). A running QEMU guest: "domain is already running" (since commit 3e044e6, late 2016).
    from: ['paused', 'crashed'],
    fromByDriver: { test: ['paused'], xen: ['paused'] },
    fromReasons: { crashed: ['panicked'] },
    to: 'running',
    reason: 'unpaused',
    event: ['Resumed', 'Unpaused'],
    requires: 'notPaused',
    summary: 'schedule a paused domain again',
  },
  {
    action: 'save',
    label: 'Save',
    from: ACTIVE,
    to: 'shut off',
    reason: 'saved',
    event: ['Stopped', 'Saved'],
    requires: 'notRunning',
    summary: 'write the memory to a file and stop the domain; restore brings it back',
  },
  {
    action: 'managedsave',
    label: 'Managed save',
    from: ACTIVE,
    to: 'shut off',
    reason: 'saved',
    event: ['Stopped', 'Saved'],
    requires: 'notRunning',
    summary: 'save to a file libvirt manages; the next start resumes from it',
  },
  {
    action: 'restore',
    label: 'Restore',
    from: ['shut off'],
    to: 'running',
    reason: 'restored',
    event: ['Started', 'Restored'],
    // QEMU: restore --paused, or an image saved paused (Started Restored, Suspended Restored).
    variants: [
      {
        id: 'paused',
        when: 'restore --paused (or an image saved paused)',
        from: ['shut off'],
        to: { state: 'paused', reason: 'user' },
        event: ['Suspended', 'Restored'],
        drivers: ['qemu', 'xen'],
      },
    ],
    requires: 'alreadyActive',
    summary: 'start a domain from a save file',
  },
  {
    action: 'undefine',
    label: 'Undefine',
    from: [...ACTIVE, 'shut off'],
    // A running domain runs on, transient; a shut-off one is gone.
    to: 'unchanged',
    reason: '',
    toFrom: { 'shut off': 'removed' },
    event: ['Undefined', 'Removed'],
    requires: 'transient',
    summary: 'remove the persistent definition (a running domain becomes transient)',
  },
  {
    action: 'migrate',
    label: 'Migrate',
    from: ACTIVE,
    to: 'running',
    reason: 'migrated',
    // A guest that was paused arrives paused.
    toFrom: { paused: { state: 'paused', reason: 'migrating' } },
    event: ['Started', 'Migrated'],
    acrossHosts: true,
    // What each host sees on the way (docs/decisions/002): the source pauses for a non-live copy or
    // a post-copy switch-over and ends shut off (migrated) if it keeps the definition; the target's
    // copy (or its kept definition) waits paused (migrating), then runs.
    variants: [
      {
        id: 'source-paused',
        when: 'on the source: a non-live copy, --timeout, or the post-copy switch-over pauses it',
        from: ['running'],
        to: { state: 'paused', reason: 'migrating' },
        event: ['Suspended', 'Migrated'],
      },
      {
        id: 'source-left',
        when: 'on the source, once the guest has left (a persistent domain keeps its definition)',
        from: ACTIVE,
        to: { state: 'shut off', reason: 'migrated' },
        event: ['Stopped', 'Migrated'],
      },
      {
        id: 'arriving',
        when: 'on the target: a kept definition receives the incoming guest',
        from: ['shut off'],
        to: { state: 'paused', reason: 'migrating' },
        event: ['Started', 'Migrated'],
      },
      {
        id: 'arrived',
        when: 'on the target: the copy is complete and the guest runs there (or resumes after a failed job)',
        from: ['paused'],
        to: { state: 'running', reason: 'migrated' },
        event: ['Resumed', 'Migrated'],
      },
      {
        id: 'arrived-paused',
        when: 'on the target: a guest that left paused (or with --suspend) arrives paused',
        from: ['paused'],
        to: { state: 'paused', reason: 'migrating' },
        event: ['Suspended', 'Migrated'],
      },
      {
        id: 'postcopy-done',
        when: 'on the target after a post-copy switch-over: the last pages have arrived (running, post-copy → migrated)',
        from: ['running'],
        to: { state: 'running', reason: 'migrated' },
      },
    ],
    requires: 'notRunning',
    summary: 'move the domain to another host',
  },
  {
    action: 'crash',
    label: 'Crash the guest',
    // The test driver has no guest OS to panic.
    from: ['running'],
    fromByDriver: { test: [] },
    // QEMU (processGuestPanicEvent, the guest's panic device): crashed (panicked), Crashed Panicked;
    // on_crash then decides. libxl (libxlDomainShutdownThread, reason crash): shut off (crashed) at once.
    to: 'crashed',
    reason: 'panicked',
    toByDriver: { xen: { state: 'shut off', reason: 'crashed' } },
    event: ['Crashed', 'Panicked'],
    eventByDriver: { xen: ['Stopped', 'Crashed'] },
    variants: [
      {
        id: 'crash-stopped',
        when: 'QEMU, on_crash destroy or coredump-destroy: libvirt stops the crashed domain',
        from: ['crashed'],
        to: { state: 'shut off', reason: 'crashed' },
        event: ['Stopped', 'Crashed'],
        drivers: ['qemu'],
      },
      {
        id: 'crash-reset',
        when: 'QEMU, on_crash restart or coredump-restart: reset and resumed in place',
        from: ['crashed'],
        to: { state: 'running', reason: 'crashed' },
        event: ['Resumed', 'Unpaused'],
        drivers: ['qemu'],
      },
      {
        id: 'crash-restarted',
        when: 'Xen, on_crash restart, rename-restart or coredump-restart: created again with a new id',
        from: ['running'],
        to: { state: 'running', reason: 'booted' },
        event: ['Started', 'Booted'],
        drivers: ['xen'],
      },
    ],
    requires: 'notRunning',
    summary: 'trainer: the guest kernel panics; on_crash decides what follows',
  },
];

export const transitionFor = (action: LifecycleAction): Transition => {
  const t = transitions.find((x) => x.action === action);
  if (!t) throw new Error(`no transition for ${action}`);
  return t;
};

export const allowedFrom = (t: Transition, driver: Driver) => t.fromByDriver?.[driver] ?? t.from;

/** Whether `t` starts from `state` with `reason` on `driver`: its states, and the reasons it asks of one. */
export const startsFrom = (t: Transition, driver: Driver, state: DomainState, reason: string) =>
  allowedFrom(t, driver).includes(state) && (t.fromReasons?.[state]?.includes(reason) ?? true);

/** A state change one host can see a domain make: the row's own outcome (unless across hosts) and its variants'. */
export interface Move {
  action: LifecycleAction;
  from: DomainState;
  to: DomainState;
}

/** Every move of the table on a host with `driver`; the state diagram draws each (removals aside). */
export function movesOf(driver: Driver): Move[] {
  return transitions.flatMap((t) => [
    ...(t.acrossHosts ? [] : allowedFrom(t, driver)).flatMap((s): Move[] => {
      const o = t.toByDriver?.[driver] ?? outcomeOf(t, s);
      return o === 'removed' ? [] : [{ action: t.action, from: s, to: o === 'unchanged' ? s : o.state }];
    }),
    ...(t.variants ?? [])
      .filter((v) => !v.drivers || v.drivers.includes(driver))
      .flatMap((v) => v.from.map((s) => ({ action: t.action, from: s, to: v.to.state }))),
  ]);
}

/** What `t` leaves a domain that was in `from`. */
export const outcomeOf = (t: Transition, from: DomainState): Outcome =>
  t.toFrom?.[from] ?? (t.to === 'unchanged' ? 'unchanged' : { state: t.to, reason: t.reason });

/** The state and reason an operation sets: the table's row for `action` from `from` (or its variant `variant`). */
export function leaves(
  action: LifecycleAction,
  from: DomainState,
  variant?: Variant['id'],
): { state: DomainState; reason: string } {
  if (variant) {
    const v = transitionFor(action).variants?.find((x) => x.id === variant && x.from.includes(from));
    if (!v) throw new Error(`${action} has no variant ${variant} from ${from}`);
    return v.to;
  }
  const o = outcomeOf(transitionFor(action), from);
  if (typeof o === 'string') throw new Error(`${action} from ${from} leaves no state of its own (${o})`);
  return o;
}

/** What the table's rules read of a domain: its state, whether it is persistent (config), its job. */
export type LifecycleFacts = Pick<Domain, 'state' | 'reason' | 'job' | 'preserved'> & { config: unknown };

/** Whether the table allows `action` now, and if not, why — in words a learner reads on a disabled button. */
export function canDo(action: LifecycleAction, domain: LifecycleFacts, driver: Driver): { allowed: true } | WhyNot {
  const t = transitionFor(action);
  const no = (code: WhyCode, text: string): WhyNot => ({ allowed: false, why: `${action}: ${text}`, code });
  // The guest a destination is receiving: only destroy goes through (and fails the migration).
  if (domain.job?.kind === 'migration-in') {
    return action === 'destroy'
      ? { allowed: true }
      : no('arriving', 'the domain is still arriving by migration (destroy stops it)');
  }
  // Shut off but still held by libxl (on_poweroff/on_reboot preserve): destroy frees it; virsh refuses the rest.
  if (domain.preserved) {
    return action === 'destroy'
      ? { allowed: true }
      : no('preserved', 'libxl still holds the preserved domain (destroy frees it)');
  }
  if (domain.job && !(action === 'destroy' && driver === 'qemu'))
    return no('jobRunning', 'a migration job is running on this domain');
  if (action === 'undefine' && !domain.config) return no(t.requires, REQUIREMENT[t.requires]);
  if (action === 'restore') return no('pickSaveFile', 'pick a save file on the host');
  if (action === 'crash' && driver === 'test') return no('noGuest', 'the test driver has no guest OS to crash');
  if (!startsFrom(t, driver, domain.state, domain.reason)) return no(t.requires, REQUIREMENT[t.requires]);
  if (action === 'start' && !domain.config)
    return no('transientCannotStart', 'a transient domain cannot be started once stopped');
  return { allowed: true };
}

/**
 * What a domain's page offers: canDo, except for restore, which reads a save file the form picks —
 * so the state alone decides whether its form opens. Both backends' answers (mocks/map.ts, lib/server).
 */
export function offered(action: LifecycleAction, domain: LifecycleFacts, driver: Driver): { allowed: true } | WhyNot {
  if (action !== 'restore' || domain.preserved) return canDo(action, domain, driver);
  const t = transitionFor('restore');
  return startsFrom(t, driver, domain.state, domain.reason) && !domain.job
    ? { allowed: true }
    : { allowed: false, why: `restore: ${REQUIREMENT[t.requires]}`, code: t.requires };
}
