import { fail, internalError, ok, operationInvalid, unsupportedFlags, type Result } from '../result';
import { isActive } from '../states';
import type { Domain } from '../types';
import { currentDef } from '../world';
import { checkJobLock, commit, hostOf, type OpContext, type OpOutcome } from './context';
import { noAgent } from './guest';
import { hasAcpi, requestGuest } from './guest-request';
import { xendMigrating } from './migrate/jobs';

/** virsh --mode as VIR_DOMAIN_SHUTDOWN_* / VIR_DOMAIN_REBOOT_* bits. */
const ACPI = 1;
const AGENT = 2;
const PARAVIRT = 16;

/** A driver that fails without saying why: virDispatchError's generic words. */
const causeUnknown = () => fail('INTERNAL_ERROR', 'An error occurred, but the cause is unknown');
/** The lab's Xen HVM guests run without PV drivers: no PV control node (libxl's ERROR_NOPARAVIRT). */
const paravirt = (d: Domain) => currentDef(d).osType !== 'hvm';
/** The API returns; the guest was asked (or, without ACPI, nothing heard the button). */
const asked = (ctx: OpContext, d: Domain, kind: 'poweroff' | 'reboot', heard: boolean): Result<OpOutcome> =>
  heard ? commit(requestGuest(ctx, d, kind), []) : ok({ world: ctx.world, events: [] });

/**
 * virDomainShutdownFlags on QEMU (qemuDomainShutdownFlags: ACPI power button or the guest agent,
 * a running guest only) and libxl (libxlDomainShutdownFlags: the PV control node, falling back to
 * the ACPI button; any active guest — a paused one acts once unpaused).
 */
export function guestShutdown(ctx: OpContext, d: Domain, flags: number): Result<OpOutcome> {
  const xen = hostOf(ctx).driver === 'xen';
  const allowed = xen ? ACPI | PARAVIRT : ACPI | AGENT;
  if (flags & ~allowed)
    return unsupportedFlags(flags & ~allowed, xen ? 'libxlDomainShutdownFlags' : 'qemuDomainShutdownFlags');
  if (xen ? !isActive(d.state) : d.state !== 'running') return operationInvalid('domain is not running');
  // xend holds no lock while `xm migrate` runs: the request reaches the guest (decision 068).
  const lock = xendMigrating(d) ? ok(undefined) : checkJobLock(d, 'virDomainShutdownFlags');
  if (!lock.ok) return lock;
  const def = currentDef(d);
  // A hung guest (decision 063) hears the button as little as one without ACPI.
  if (!xen) return flags === AGENT ? noAgent() : asked(ctx, d, 'poweroff', hasAcpi(def) && !d.hung);
  const mode = flags || PARAVIRT | ACPI;
  if (mode & PARAVIRT && paravirt(d)) return asked(ctx, d, 'poweroff', true);
  if (!(mode & ACPI)) return causeUnknown();
  // A PV guest has no ACPI: libxl_send_trigger fails.
  if (paravirt(d)) return internalError(`Failed to shutdown domain '${d.id}' with libxenlight`);
  return asked(ctx, d, 'poweroff', hasAcpi(def) && !d.hung);
}

/**
 * virDomainReboot on QEMU (qemuDomainReboot: the ACPI button with a "fake reboot" flag; with
 * on_reboot destroy or preserve it is a shutdown) and libxl (libxlDomainReboot: PV only).
 */
export function guestReboot(ctx: OpContext, d: Domain, flags: number): Result<OpOutcome> {
  const xen = hostOf(ctx).driver === 'xen';
  const allowed = xen ? PARAVIRT : ACPI | AGENT;
  if (flags & ~allowed) return unsupportedFlags(flags & ~allowed, xen ? 'libxlDomainReboot' : 'qemuDomainReboot');
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = xendMigrating(d) ? ok(undefined) : checkJobLock(d, 'virDomainReboot');
  if (!lock.ok) return lock;
  const def = currentDef(d);
  if (xen) {
    if (!paravirt(d)) return internalError(`Failed to reboot domain '${d.id}' with libxenlight`);
    return asked(ctx, d, 'reboot', true);
  }
  if (flags === AGENT) return d.state === 'running' ? noAgent() : operationInvalid('domain is not running');
  const kind = def.onReboot === 'destroy' || def.onReboot === 'preserve' ? 'poweroff' : 'reboot';
  return asked(ctx, d, kind, hasAcpi(def) && !d.hung);
}
