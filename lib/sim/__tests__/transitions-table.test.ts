import { describe, expect, it } from 'vitest';
import type { OpContext, OpOutcome } from '../ops/context';
import { domainUndefine } from '../ops/define';
import {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainShutdown,
  domainStart,
  domainSuspend,
} from '../ops/lifecycle';
import { GUEST_REACTION_MS, QEMU_EXIT_MS } from '../ops/guest-request';
import { guestCrash } from '../ops/guest-crash';
import { advanceJobs, migrationEndsAt } from '../ops/migrate/advance';
import { migrateStart } from '../ops/migrate/start';
import { domainManagedSave, domainRestore, domainSave } from '../ops/save';
import { ok, type Result } from '../result';
import { encodeSaveImage } from '../save-image';
import { domainStates } from '../states';
import { canDo, outcomeOf, startsFrom, transitions, type LifecycleAction } from '../transitions';
import type { Domain, DomainState, Driver } from '../types';
import { currentDef, domainByUuid, findHost, updateDomain } from '../world';
import { GUEST_UUID, guest, worldOf } from './build';

const T0 = 1_700_000_000_000;

const pv = (d: Domain): Domain => {
  const linux = (def: Domain['config']) => def && { ...def, type: 'xen' as const, osType: 'linux' as const };
  return { ...d, config: linux(d.config), live: linux(d.live) };
};

/** The request, then the guest's answer a few seconds later (the test driver answers at once), and QEMU's end. */
const answered = (r: Result<OpOutcome>): Result<OpOutcome> => {
  if (!r.ok) return r;
  const done = advanceJobs(r.value.world, T0 + GUEST_REACTION_MS + QEMU_EXIT_MS);
  return ok({ world: done.world, events: [...r.value.events, ...done.events] });
};

/**
 * Each action's operation as the shells call it, without flags; migrate runs its job to the end,
 * shutdown and reboot wait for the guest.
 */
const operations: Record<LifecycleAction, (ctx: OpContext, d: Domain, driver: Driver) => Result<OpOutcome>> = {
  start: (ctx, d) => domainStart(ctx, d.uuid),
  shutdown: (ctx, d) => answered(domainShutdown(ctx, d.uuid)),
  reboot: (ctx, d) => answered(domainReboot(ctx, d.uuid)),
  reset: (ctx, d) => domainReset(ctx, d.uuid),
  destroy: (ctx, d) => domainDestroy(ctx, d.uuid),
  suspend: (ctx, d) => domainSuspend(ctx, d.uuid),
  resume: (ctx, d) => domainResume(ctx, d.uuid),
  save: (ctx, d) => domainSave(ctx, d.uuid),
  managedsave: (ctx, d) => domainManagedSave(ctx, d.uuid),
  restore: (ctx, d, driver) =>
    domainRestore(ctx, { data: encodeSaveImage(driver, currentDef(d), null, false) }, '/var/lib/g.save'),
  undefine: (ctx, d) => domainUndefine(ctx, d.uuid),
  // The row's own outcome is what a crash leaves before on_crash acts: preserve keeps it there.
  // The table's row is what QEMU sees of a guest with a panic device (without one it sees nothing: decision 063).
  crash: (ctx, d) =>
    guestCrash(
      {
        ...ctx,
        world: updateDomain(ctx.world, 'h', d.uuid, (x) => ({
          ...x,
          live: x.live && { ...x.live, onCrash: 'preserve', panic: [{ model: 'isa' }] },
        })),
      },
      d.uuid,
    ),
  migrate: (ctx, d) => {
    const started = migrateStart(ctx, { uuid: d.uuid, target: 'h2', live: true });
    if (!started.ok) return started;
    const { world, events } = started.value;
    const moving = domainByUuid(findHost(world, 'h')!, d.uuid)!;
    const done = advanceJobs(world, migrationEndsAt(moving)!);
    return ok({ world: done.world, events: [...events, ...done.events] });
  },
};

/** Where the guest is after the action: a migrated guest lives on the target. */
const guestAfter = (r: OpOutcome, action: LifecycleAction) =>
  domainByUuid(findHost(r.world, action === 'migrate' ? 'h2' : 'h')!, GUEST_UUID);

const drivers: Driver[] = ['test', 'qemu', 'xen'];
/** Each state with build's usual reason, and each reason a row asks of a state (resume: crashed (panicked)). */
const starts = [
  ...domainStates.map((from) => ({ from, reason: undefined as string | undefined })),
  ...transitions.flatMap((t) =>
    Object.entries(t.fromReasons ?? {}).flatMap(([from, reasons]) =>
      (reasons ?? []).map((reason) => ({ from: from as DomainState, reason })),
    ),
  ),
];
const cases = transitions.flatMap((t) =>
  drivers.flatMap((driver) => starts.map(({ from, reason }) => ({ action: t.action, driver, from, reason, t }))),
);

describe('the transition table is what the operations do', () => {
  it.each(cases)('$action from $from $reason ($driver)', ({ action, driver, from, reason, t }) => {
    // The lab's Xen HVM guests have no PV drivers (libxl cannot reboot them): the table's guest is PV there.
    const d = driver === 'xen' ? pv(guest(from, reason)) : guest(from, reason);
    const world = worldOf(driver, d);
    const allowed = startsFrom(t, driver, from, d.reason);
    // restore is never offered on a domain: the learner picks a save file (mocks/map.ts reads the table for it).
    if (action !== 'restore') expect(canDo(action, d, driver).allowed, 'canDo').toBe(allowed);
    const r = operations[action]({ world, host: 'h', now: T0 }, d, driver);
    if (!allowed) {
      // Refused, or a no-op that changes nothing and says nothing (QEMU: suspend of a paused guest),
      // or a request a guest that is not running only answers once it runs (the console accepts it).
      if (r.ok)
        expect({ events: r.value.events, d: { ...guestAfter(r.value, action), guestRequest: undefined } }).toEqual({
          events: [],
          d,
        });
      return;
    }
    if (!r.ok) throw new Error(`${action} from ${from}: ${r.error.message}`);
    const after = guestAfter(r.value, action);
    const outcome = t.toByDriver?.[driver] ?? outcomeOf(t, from);
    if (outcome === 'removed') expect(after).toBeUndefined();
    else if (outcome === 'unchanged') expect([after?.state, after?.reason]).toEqual([d.state, d.reason]);
    else expect([after?.state, after?.reason]).toEqual([outcome.state, outcome.reason]);
    expect(r.value.events.map((e) => [e.event, e.detail])).toContainEqual([...(t.eventByDriver?.[driver] ?? t.event)]);
  });
});
