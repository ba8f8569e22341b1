import { ok, operationInvalid, type Result } from '../result';
import { canDo, leaves, transitionFor } from '../transitions';
import type { Domain, DomainEvent, World } from '../types';
import { currentDef, domainName, updateDomain, updateHost, withEvents } from '../world';
import { activate, deactivate } from './activation';
import { domainOf, hostOf, lifecycleEvent, type OpContext } from './context';

/** Where libvirt's drivers write an automatic core dump (cfg->autoDumpPath, cfg->autoDumpDir). */
export const AUTO_DUMP_DIR = { qemu: '/var/lib/libvirt/qemu/dump', xen: '/var/lib/libvirt/libxl/dump' } as const;

/**
 * The core file's bytes: an ELF header's first bytes (libvirt asks for a memory-only dump, an ELF core),
 * and a line saying the guest's memory is not simulated.
 */
export const CORE_IMAGE = '\x7fELF\x02\x01\x01\0VirtLab: the guest memory is not simulated\n';

/** g_date_time_format(now, "%Y-%m-%d-%H:%M:%S"), the lab's hosts keep UTC. */
const dumpTime = (now: number) => new Date(now).toISOString().slice(0, 19).replace('T', '-');

/** VIR_DOMAIN_SHORT_NAME_MAX: how much of a name libvirt keeps in the paths it makes for a running domain. */
const SHORT_NAME_MAX = 20;

/**
 * virDomainDefGetShortName: `<id>-<the name's first 20 characters>` — characters, not bytes (mbstowcs; the
 * lab's libvirtd runs in a UTF-8 locale, where a wchar_t is one code point).
 */
export const shortName = (d: Domain) => `${d.id}-${Array.from(domainName(d)).slice(0, SHORT_NAME_MAX).join('')}`;

/**
 * The file a coredump action writes: QEMU's getAutoDumpPath names it after the short name,
 * libxlDomainAutoCoreDump after the whole name; both add the time.
 */
export function autoDumpPath(driver: 'qemu' | 'xen', d: Domain, now: number): string {
  return `${AUTO_DUMP_DIR[driver]}/${driver === 'qemu' ? shortName(d) : domainName(d)}-${dumpTime(now)}`;
}

export interface CrashOutcome {
  world: World;
  events: DomainEvent[];
  /** The core file a coredump action wrote. */
  dumpFile?: string;
  /**
   * The panic reached nobody — a QEMU guest without a panic device, a Xen HVM guest without PV drivers:
   * the guest hangs, still running.
   */
  hung?: true;
}

/** Whether QEMU hears a guest's panic: only through a panic device (pvpanic and the like) in its live XML. */
export const hasPanicDevice = (d: Domain) => (currentDef(d).panic?.length ?? 0) > 0;

/**
 * Whether the hypervisor hears of the guest's kernel panic. QEMU: through a panic device. Xen: a PV guest's
 * kernel (and a PV-on-HVM one, with the PV drivers' xen_panic_event) makes the SCHEDOP_shutdown hypercall
 * with reason crash; the lab's HVM guests have no PV drivers (guest-power.ts), so nothing tells Xen.
 */
export const panicHeard = (driver: string, d: Domain) =>
  driver === 'qemu' ? hasPanicDevice(d) : driver !== 'xen' || currentDef(d).osType !== 'hvm';

/**
 * A trainer makes the guest's kernel panic (decision 055). What follows is the driver's, per on_crash:
 * - QEMU without a panic device (`<devices><panic model=…/>`), a Xen HVM guest without PV drivers: nothing;
 *   the guest hangs, running (decisions 063, 068).
 * - QEMU (processGuestPanicEvent; the guest reports through its panic device): crashed (panicked), Crashed
 *   Panicked; destroy → Stopped Crashed, shut off (crashed); restart → QEMU's fake reboot: the reboot event,
 *   Resumed Unpaused, running (crashed); preserve stays crashed; coredump-* dump first.
 * - libxl (libxlDomainShutdownThread, reason crash): Stopped Crashed, shut off (crashed); destroy cleans up;
 *   restart and rename-restart create it again (Started Booted, next id); preserve keeps it in Xen, shut
 *   down with reason crash (`xl list`: `---sc-`); coredump-* dump first.
 */
export function guestCrash(ctx: OpContext, uuid: string): Result<CrashOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const driver = hostOf(ctx).driver;
  const allowed = canDo('crash', d, driver);
  if (!allowed.allowed) return operationInvalid(allowed.why.replace(/^crash: /, ''));
  if (driver === 'test') return operationInvalid('the test driver has no guest OS to crash');
  // No panic device: the kernel halts and nothing tells QEMU, so libvirt sees no event and on_crash never
  // acts (processGuestPanicEvent only runs on QEMU's GUEST_PANICKED). The guest hangs, running. The same
  // on Xen for an HVM guest without PV drivers: no crash shutdown reaches Xen, xl and libxl see nothing.
  if (!panicHeard(driver, d)) {
    const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({
      ...x,
      hung: true as const,
      guestRequest: undefined,
    }));
    return ok({ world, events: [], hung: true });
  }
  const action = currentDef(d).onCrash;
  const coredump = action.startsWith('coredump-');
  const dumpFile = coredump ? autoDumpPath(driver, d, ctx.now) : undefined;
  const dumped = dumpFile
    ? updateHost(ctx.world, ctx.host, (h) => ({ ...h, files: { ...h.files, [dumpFile]: CORE_IMAGE } }))
    : ctx.world;
  const at = { ...ctx, world: dumped };
  const then = action.replace(/^coredump-/, '');
  const done = driver === 'qemu' ? qemuPanics(at, d, then) : libxlCrashes(at, d, then);
  return ok({ ...withEvents(done.world, done.events), ...(dumpFile ? { dumpFile } : {}) });
}

type Step = { world: World; events: Omit<DomainEvent, 'seq'>[] };

function qemuPanics(ctx: OpContext, d: Domain, then: string): Step {
  const name = domainName(d);
  const panicked = { ...d, ...leaves('crash', 'running'), guestRequest: undefined };
  const world = updateDomain(ctx.world, ctx.host, d.uuid, () => panicked);
  const events = [lifecycleEvent(ctx, d, transitionFor('crash').event, name)];
  if (then === 'destroy') {
    const stopped = leaves('crash', 'crashed', 'crash-stopped');
    events.push(lifecycleEvent(ctx, d, ['Stopped', 'Crashed'], name));
    return { world: deactivate({ ...ctx, world }, panicked, stopped.reason), events };
  }
  if (then === 'restart') {
    // qemuProcessFakeReboot: system_reset (QEMU's RESET: the reboot event), then the vCPUs resume.
    const reset = leaves('crash', 'crashed', 'crash-reset');
    events.push(lifecycleEvent(ctx, d, ['Reboot', ''], name), lifecycleEvent(ctx, d, ['Resumed', 'Unpaused'], name));
    return { world: updateDomain(world, ctx.host, d.uuid, (x) => ({ ...x, ...reset })), events };
  }
  // preserve (QEMU refuses rename-restart when the domain is defined): it stays crashed.
  return { world, events };
}

function libxlCrashes(ctx: OpContext, d: Domain, then: string): Step {
  const name = domainName(d);
  const events = [lifecycleEvent(ctx, d, ['Stopped', 'Crashed'], name)];
  const cleared = { ...d, guestRequest: undefined };
  if (then === 'preserve') {
    const world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
      ...x,
      state: 'shut off',
      reason: 'crashed',
      guestRequest: undefined,
      preserved: 'crash',
    }));
    return { world, events };
  }
  if (then !== 'restart' && then !== 'rename-restart') return { world: deactivate(ctx, cleared, 'crashed'), events };
  // libxlDomainShutdownHandleRestart: destroyed and created again from its definition, with the next id.
  const started = activate(ctx, cleared, d.config ?? currentDef(d), 'running', 'booted');
  events.push(lifecycleEvent(started.ctx, started.domain, transitionFor('start').event, name));
  return { world: started.ctx.world, events };
}
