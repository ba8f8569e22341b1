import { leaves, transitionFor } from '../transitions';
import type { Domain, DomainDef, DomainEvent, GuestRequest, World } from '../types';
import { currentDef, domainName, updateDomain, withEvents } from '../world';
import { activate, deactivate } from './activation';
import { lifecycleEvent, type OpContext } from './context';
import { failOnDestroy } from './migrate/abort';
import { migrationJobOf } from './migrate/jobs';

/** How long a guest OS takes to act on a shutdown or reboot request, in simulated ms. */
export const GUEST_REACTION_MS = 3000;

/**
 * Whether the guest has an ACPI power button to press: an HVM guest whose XML keeps
 * `<features><acpi/>` (a PV guest has no ACPI at all; libvirt runs QEMU with -no-acpi without it).
 */
export const hasAcpi = (def: DomainDef) => def.osType === 'hvm' && def.acpi !== false;

/**
 * The guest is asked to power off or reboot: the API returns at once, the guest acts later. A
 * second request while one waits changes nothing (QEMU presses the button again; the guest is
 * already going down).
 */
export function requestGuest(ctx: OpContext, d: Domain, kind: 'poweroff' | 'reboot'): World {
  if (d.guestRequest) return ctx.world;
  const request: GuestRequest = { kind, requestedAt: ctx.now, dueAt: ctx.now + GUEST_REACTION_MS };
  return updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({ ...x, guestRequest: request }));
}

/** A paused guest that runs again needs its seconds to act on a request it took while paused. */
export const resumedRequest = (r: GuestRequest, now: number): GuestRequest => ({
  ...r,
  dueAt: Math.max(r.dueAt, now + GUEST_REACTION_MS),
});

/**
 * How long QEMU takes to end once the guest has powered off, in simulated ms: libvirt kills it
 * (qemuProcessKill, NOWAIT) and the domain is `in shutdown (unknown)` until the process is gone.
 */
export const QEMU_EXIT_MS = 1000;

/** Whether the request acts now: a guest OS answers while it runs; QEMU ends a domain in shutdown. */
const acts = (d: Domain, r: GuestRequest, now: number) =>
  now >= r.dueAt && d.state === (r.kind === 'exit' ? 'in shutdown' : 'running');

/** When the domain next changes by itself (a request that will act), if it does. */
export const nextGuestChange = (d: Domain): number | undefined =>
  d.guestRequest && d.state === (d.guestRequest.kind === 'exit' ? 'in shutdown' : 'running')
    ? d.guestRequest.dueAt
    : undefined;

/** Each running guest whose request is due acts on it; a paused one waits until it runs again. */
export function advanceGuests(world: World, now: number): { world: World; events: DomainEvent[] } {
  let w = world;
  const events: Omit<DomainEvent, 'seq'>[] = [];
  for (const host of world.hosts) {
    for (const { uuid } of host.domains) {
      // A power-off and QEMU's end may both fall before `now`: each step acts at its own time.
      for (let d = findDomain(w, host.name, uuid); d?.guestRequest && acts(d, d.guestRequest, now); ) {
        const r = d.guestRequest;
        const ctx = { world: w, host: host.name, now: r.dueAt };
        const done = r.kind === 'exit' ? qemuExits(ctx, d) : guestActs(ctx, d, r.kind, host.driver === 'xen');
        w = done.world;
        events.push(...done.events);
        d = findDomain(w, host.name, uuid);
      }
    }
  }
  return w === world ? { world, events: [] } : withEvents(w, events);
}

const findDomain = (w: World, host: string, uuid: string) =>
  w.hosts.find((h) => h.name === host)?.domains.find((x) => x.uuid === uuid);

/** QEMU has ended after the guest's power-off (the monitor's EOF): Stopped Shutdown, shut off (shutdown). */
function qemuExits(ctx: OpContext, d: Domain) {
  return {
    world: deactivate(ctx, { ...d, guestRequest: undefined }, leaves('shutdown', 'in shutdown', 'qemu-ended').reason),
    events: [lifecycleEvent(ctx, d, transitionFor('shutdown').event, domainName(d))],
  };
}

/**
 * xend's answer to `xm shutdown` / `xm reboot` of an HVM guest without PV drivers
 * (XendDomainInfo.shutdown): it does not wait for the guest but shuts the domain down itself
 * (xc.domain_shutdown with the reason code), then follows on_poweroff / on_reboot.
 */
export function xendShutsDown(ctx: OpContext, d: Domain, kind: 'poweroff' | 'reboot') {
  const done = guestActs(ctx, d, kind, true);
  return withEvents(done.world, done.events);
}

/** Pending requests anywhere in the world (the lesson replay waits for them). */
export const pendingGuestRequests = (world: World) =>
  world.hosts.flatMap((h) => h.domains.filter((d) => d.guestRequest).map((d) => ({ host: h.name, domain: d })));

/**
 * What the guest's power-off or reset does, as each driver reports it.
 * QEMU (qemuProcessHandleShutdown): a power-off is Shutdown Finished after guest request and the
 * domain is `in shutdown (unknown)` while QEMU is killed (QEMU_EXIT_MS, then qemuExits); on_poweroff
 * restart and a reboot are a "fake reboot" (system_reset, vCPUs resumed): only the reboot event,
 * running (booted). QEMU refuses preserve and rename-restart when the domain is defined.
 * libxl (libxlDomainShutdownThread): shut off (shutdown), Stopped Shutdown; on_poweroff / on_reboot
 * restart and rename-restart create it again with a new id: Started Booted; destroy and the coredump
 * actions leave it shut off; preserve leaves it shut off but not destroyed (Domain.preserved).
 */
function guestActs(at: OpContext, d: Domain, kind: 'poweroff' | 'reboot', xen: boolean) {
  // A guest `xm migrate` is sending that shuts down or reboots (xend took the request without a lock):
  // the domain xc_save reads goes away, the save fails, the target drops its copy (decision 068).
  const failed = migrationJobOf(d)
    ? failOnDestroy(at, d, { reason: 'source shut down', detail: 'the domain shut down' })
    : null;
  const ctx = failed ? { ...at, world: failed.world } : at;
  const acted = guestActsNow(ctx, failed ? (findDomain(failed.world, at.host, d.uuid) ?? d) : d, kind, xen);
  return failed ? { world: acted.world, events: [...failed.events, ...acted.events] } : acted;
}

function guestActsNow(ctx: OpContext, d: Domain, kind: 'poweroff' | 'reboot', xen: boolean) {
  const def = currentDef(d);
  const action = kind === 'poweroff' ? def.onPoweroff : def.onReboot;
  const restart = action === 'restart' || action === 'rename-restart';
  const cleared = { ...d, guestRequest: undefined };
  const name = domainName(d);
  if (!xen) {
    if (restart) {
      const world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
        ...x,
        state: 'running',
        reason: 'booted',
        guestRequest: undefined,
      }));
      return { world, events: [lifecycleEvent(ctx, d, transitionFor('reboot').event, name)] };
    }
    const exit: GuestRequest = { kind: 'exit', requestedAt: ctx.now, dueAt: ctx.now + QEMU_EXIT_MS };
    const world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
      ...x,
      ...leaves('shutdown', 'running', 'guest-off'),
      guestRequest: exit,
    }));
    return { world, events: [lifecycleEvent(ctx, d, ['Shutdown', 'Finished after guest request'], name)] };
  }
  const events = [lifecycleEvent(ctx, d, transitionFor('shutdown').event, name)];
  // libxlDomainShutdownThread sets shut off (shutdown) and, for preserve, ends there: no destroy, no cleanup.
  if (action === 'preserve') {
    const world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
      ...x,
      state: 'shut off',
      reason: 'shutdown',
      guestRequest: undefined,
      preserved: kind,
    }));
    return { world, events };
  }
  if (!restart) return { world: deactivate(ctx, cleared, 'shutdown'), events };
  // libxl destroys the domain and creates it again from its definition, with the next id.
  const started = activate(ctx, cleared, d.config ?? def, 'running', 'booted');
  events.push(lifecycleEvent(started.ctx, started.domain, transitionFor('start').event, name));
  return { world: started.ctx.world, events };
}
