import { transitionFor } from '../transitions';
import type { Domain, DomainDef, DomainEvent, GuestRequest, World } from '../types';
import { currentDef, domainName, updateDomain, withEvents } from '../world';
import { activate, deactivate } from './activation';
import { lifecycleEvent, type OpContext } from './context';

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
export function requestGuest(ctx: OpContext, d: Domain, kind: GuestRequest['kind']): World {
  if (d.guestRequest) return ctx.world;
  const request: GuestRequest = { kind, requestedAt: ctx.now, dueAt: ctx.now + GUEST_REACTION_MS };
  return updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({ ...x, guestRequest: request }));
}

/** A paused guest that runs again needs its seconds to act on a request it took while paused. */
export const resumedRequest = (r: GuestRequest, now: number): GuestRequest => ({
  ...r,
  dueAt: Math.max(r.dueAt, now + GUEST_REACTION_MS),
});

/** Each running guest whose request is due acts on it; a paused one waits until it runs again. */
export function advanceGuests(world: World, now: number): { world: World; events: DomainEvent[] } {
  let w = world;
  const events: Omit<DomainEvent, 'seq'>[] = [];
  for (const host of world.hosts) {
    for (const d of host.domains) {
      const r = d.guestRequest;
      if (!r || d.state !== 'running' || now < r.dueAt) continue;
      const done = guestActs({ world: w, host: host.name, now: r.dueAt }, d, r.kind, host.driver === 'xen');
      w = done.world;
      events.push(...done.events);
    }
  }
  return w === world ? { world, events: [] } : withEvents(w, events);
}

/**
 * xend's answer to `xm shutdown` / `xm reboot` of an HVM guest without PV drivers
 * (XendDomainInfo.shutdown): it does not wait for the guest but shuts the domain down itself
 * (xc.domain_shutdown with the reason code), then follows on_poweroff / on_reboot.
 */
export function xendShutsDown(ctx: OpContext, d: Domain, kind: GuestRequest['kind']) {
  const done = guestActs(ctx, d, kind, true);
  return withEvents(done.world, done.events);
}

/** Pending requests anywhere in the world (the lesson replay waits for them). */
export const pendingGuestRequests = (world: World) =>
  world.hosts.flatMap((h) => h.domains.filter((d) => d.guestRequest).map((d) => ({ host: h.name, domain: d })));

/**
 * What the guest's power-off or reset does, as each driver reports it.
 * QEMU (qemuProcessHandleShutdown): a power-off is Shutdown Finished after guest request, then
 * QEMU is killed: Stopped Shutdown, shut off (shutdown); on_poweroff restart and a reboot are a
 * "fake reboot" (system_reset, vCPUs resumed): only the reboot event, running (booted).
 * libxl (libxlDomainShutdownThread): the domain dies, Stopped Shutdown; on_poweroff / on_reboot
 * restart creates it again with a new id: Started Booted.
 */
function guestActs(ctx: OpContext, d: Domain, kind: GuestRequest['kind'], xen: boolean) {
  const def = currentDef(d);
  const restart = (kind === 'poweroff' ? def.onPoweroff : def.onReboot).startsWith('restart');
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
    return {
      world: deactivate(ctx, cleared, 'shutdown'),
      events: [
        lifecycleEvent(ctx, d, ['Shutdown', 'Finished after guest request'], name),
        lifecycleEvent(ctx, d, transitionFor('shutdown').event, name),
      ],
    };
  }
  const events = [lifecycleEvent(ctx, d, transitionFor('shutdown').event, name)];
  if (!restart) return { world: deactivate(ctx, cleared, 'shutdown'), events };
  // libxl destroys the domain and creates it again from its definition, with the next id.
  const started = activate(ctx, cleared, d.config ?? def, 'running', 'booted');
  events.push(lifecycleEvent(started.ctx, started.domain, transitionFor('start').event, name));
  return { world: started.ctx.world, events };
}
