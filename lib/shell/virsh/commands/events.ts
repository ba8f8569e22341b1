import { domainName } from '../../../sim/world';
import type { CmdCtx } from '../context';
import { labEventWait } from './event-wait';
import { parseTimeout } from '../numbers';
import { deviceArg } from './nodedev';
import { poolArg } from './pool-lookup';
import { testLookup } from './test-objects';
import type { VirshCommand } from './types';

/** virsh 9.0's event names (virshDomainEventCallbacks and the other objects' tables). */
const DOMAIN_EVENTS = [
  'lifecycle',
  'reboot',
  'rtc-change',
  'watchdog',
  'io-error',
  'graphics',
  'io-error-reason',
  'control-error',
  'block-job',
  'disk-change',
  'tray-change',
  'pm-wakeup',
  'pm-suspend',
  'balloon-change',
  'pm-suspend-disk',
  'device-removed',
  'block-job-2',
  'tunable',
  'agent-lifecycle',
  'device-added',
  'migration-iteration',
  'job-completed',
  'device-removal-failed',
  'metadata-change',
  'block-threshold',
  'memory-failure',
  'memory-device-size-change',
];
type ObjectEvent = 'net-event' | 'secret-event' | 'pool-event' | 'nodedev-event';
const OBJECT_EVENTS: Record<ObjectEvent, readonly string[]> = {
  'net-event': ['lifecycle'],
  'secret-event': ['lifecycle', 'value-changed'],
  'pool-event': ['lifecycle', 'refresh'],
  'nodedev-event': ['lifecycle', 'update'],
};

/** vshCommandOptTimeoutToMs: whole seconds above zero that still fit in an int once in milliseconds. */
export function timeoutOk(c: CmdCtx): boolean {
  const v = c.str('timeout');
  if (v === undefined) return true;
  const p = parseTimeout(v);
  if (!p.ok) c.error(p.error, p.msgid);
  return p.ok;
}

/**
 * vshEventWait: nothing else runs in the session while virsh waits, so no event arrives. With
 * --timeout the loop times out; without it only Ctrl-C ends it, and VirtLab's shell cannot wait
 * at a prompt: it answers as if interrupted at once (decision 026). No event: the command fails.
 */
function waitForEvents(c: CmdCtx): false {
  c.print(c.has('timeout') ? 'event loop timed out\n' : 'event loop interrupted\n');
  c.print('events received: 0\n');
  return false;
}

function eventType(c: CmdCtx, names: readonly string[]): boolean {
  const e = c.str('event');
  if (e === '') c.error("Failed to get option 'event': Option argument is empty");
  else if (e !== undefined && !names.includes(e)) c.error(`unknown event type ${e}`);
  return e === undefined || names.includes(e);
}

/** cmdEvent: --list prints the types; else one type or --all, then the wait. */
const event: VirshCommand = {
  name: 'event',
  readOnly: true,
  run(c) {
    if (!c.exclusive('all', 'event') || !c.exclusive('list', 'all') || !c.exclusive('list', 'event')) return false;
    if (c.has('list')) {
      c.print(DOMAIN_EVENTS.map((e) => `${e}\n`).join(''));
      return true;
    }
    if (!eventType(c, DOMAIN_EVENTS)) return false;
    if (!c.has('event') && !c.has('all')) {
      c.error('one of --list, --all, or --event <type> is required');
      return false;
    }
    if (!timeoutOk(c)) return false;
    const d = c.has('domain') ? c.domain() : undefined;
    if (c.has('domain') && !d) return false;
    // On a lab host the wait lets time pass: a guest answering a shutdown raises its events meanwhile.
    if (c.host().driver !== 'test' && c.has('timeout')) {
      const count = labEventWait(c, Number(c.str('timeout')), d ? domainName(d) : undefined);
      if (count === 0 || c.has('loop')) c.print('event loop timed out\n');
      c.print(`events received: ${count}\n`);
      return count > 0;
    }
    return waitForEvents(c);
  },
};

/**
 * cmdNetworkEvent, cmdSecretEvent, cmdPoolEvent: a failed lookup of the object is reported and then
 * ignored (virsh registers for every object); libvirt's error is printed when the command ends.
 * cmdNodeDeviceEvent stops at a device it cannot find ("Could not find matching device").
 */
function objectEvent(name: ObjectEvent): VirshCommand {
  return {
    name,
    readOnly: true,
    run(c) {
      if (c.has('list')) {
        c.print(OBJECT_EVENTS[name].map((e) => `${e}\n`).join(''));
        return true;
      }
      if (!eventType(c, OBJECT_EVENTS[name])) return false;
      if (!c.has('event')) {
        c.error('either --list or --event <type> is required');
        return false;
      }
      if (!timeoutOk(c)) return false;
      if (name === 'net-event') {
        if (c.has('network')) testLookup(c, 'network');
        return waitForEvents(c);
      }
      if (name === 'pool-event') {
        if (c.has('pool')) poolArg(c);
        return waitForEvents(c);
      }
      if (name === 'nodedev-event') {
        if (c.has('device') && !deviceArg(c, true)) return false;
        return waitForEvents(c);
      }
      if (c.has('secret')) testLookup(c, 'secret');
      // The test driver has no secret events to register for.
      c.libvirtError({
        code: 'NO_SUPPORT',
        message: 'this function is not supported by the connection driver: virConnectSecretEventRegisterAny',
      });
      return false;
    },
  };
}

/** cmdQemuMonitorEvent: the timeout, --event (vshCommandOptStringReq), the domain, then a registration the test driver lacks. */
const qemuMonitorEvent: VirshCommand = {
  name: 'qemu-monitor-event',
  readOnly: true,
  run(c) {
    if (!timeoutOk(c)) return false;
    if (c.str('event') === '') {
      c.error("Failed to get option 'event': Option argument is empty");
      return false;
    }
    if (c.has('domain') && !c.domain()) return false;
    if (c.host().driver !== 'test') {
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    c.libvirtError({
      code: 'NO_SUPPORT',
      message: 'this function is not supported by the connection driver: virConnectDomainQemuMonitorEventRegister',
    });
    return false;
  },
};

export const eventCommands: VirshCommand[] = [
  event,
  objectEvent('net-event'),
  objectEvent('secret-event'),
  objectEvent('pool-event'),
  objectEvent('nodedev-event'),
  qemuMonitorEvent,
];
