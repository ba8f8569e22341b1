import { domainSetLifecycleAction, type LifecycleType } from '../../../sim/ops/lifecycle-action';
import { isActive } from '../../../sim/states';
import type { Domain } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { reqString } from './pool-lookup';
import type { VirshCommand } from './types';

/** The test driver's guest calls that only need a running (or paused) domain. */
function running(c: CmdCtx, d: Domain, failLine?: string): boolean {
  if (c.refuseReadonly(failLine)) return false;
  if (isActive(d.state)) return true;
  if (failLine) c.error(failLine);
  c.libvirtError({ code: 'OPERATION_INVALID', message: 'Requested operation is not valid: domain is not running' });
  return false;
}

const injectNmi: VirshCommand = {
  name: 'inject-nmi',
  api: 'virDomainInjectNMI',
  run(c) {
    const d = c.domain();
    return !!d && running(c, d);
  },
};

/** virDomainProcessSignal's names (virsh also takes a "sig" prefix, or the number). */
const SIGNALS = [
  'nop',
  'hup',
  'int',
  'quit',
  'ill',
  'trap',
  'abrt',
  'bus',
  'fpe',
  'kill',
  'usr1',
  'segv',
  'usr2',
  'pipe',
  'alrm',
  'term',
  'stkflt',
  'chld',
  'cont',
  'stop',
  'tstp',
  'ttin',
  'ttou',
  'urg',
  'xcpu',
  'xfsz',
  'vtalrm',
  'prof',
  'winch',
  'poll',
  'pwr',
  'sys',
  ...Array.from({ length: 33 }, (_, i) => `rt${i}`),
];

/** cmdSendProcessSignal: the pid, then the signal; the test driver takes pid 1 whatever the domain's state. */
const sendProcessSignal: VirshCommand = {
  name: 'send-process-signal',
  api: 'virDomainSendProcessSignal',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const pid = c.str('pid')!;
    if (!/^[ \t]*[+-]?\d+$/.test(pid) || BigInt(pid.trim()) > 9223372036854775807n) {
      c.error(`Numeric value '${pid}' for <pid> option is malformed or out of range`);
      return false;
    }
    // vshCommandOptStringReq: an empty --signame is refused before it is read as a signal.
    const sig = reqString(c, 'signame');
    if (sig == null) return false;
    const name = sig.toLowerCase().replace(/^sig/, '');
    const signum = SIGNALS.includes(name) ? SIGNALS.indexOf(name) : /^\d+$/.test(sig) ? Number(sig) : -1;
    if (signum < 0) {
      c.error(`malformed signal name: ${sig}`);
      return false;
    }
    if (c.refuseReadonly()) return false;
    // libvirt.c refuses pid 0; the test driver knows only its guest's init, then checks the number.
    const refusal =
      BigInt(pid.trim()) === 0n
        ? 'pid_value in virDomainSendProcessSignal must not be zero'
        : BigInt(pid.trim()) !== 1n
          ? 'invalid argument: only sending a signal to pid 1 is supported'
          : signum >= SIGNALS.length
            ? `invalid argument: signum value ${signum} is out of range`
            : undefined;
    if (refusal) c.libvirtError({ code: 'INVALID_ARG', message: refusal });
    return !refusal;
  },
};

const TYPES = ['poweroff', 'reboot', 'crash'];
const ACTIONS = ['destroy', 'restart', 'rename-restart', 'preserve', 'coredump-destroy', 'coredump-restart'];

/** cmdSetLifecycleAction: the type and action by name first, then the domain and virDomainSetLifecycleAction. */
const setLifecycleAction: VirshCommand = {
  name: 'set-lifecycle-action',
  api: 'virDomainSetLifecycleAction',
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    // vshCommandOptStringReq reads --type, then --action, before either is looked up by name.
    const empty = ['type', 'action'].find((o) => c.str(o) === '');
    if (empty !== undefined) {
      c.error(`Failed to get option '${empty}': Option argument is empty`);
      return false;
    }
    const type = c.str('type')!;
    const action = c.str('action')!;
    if (!TYPES.includes(type)) c.error(`Invalid lifecycle type '${type}'.`);
    else if (!ACTIONS.includes(action)) c.error(`Invalid lifecycle action '${action}'.`);
    if (!TYPES.includes(type) || !ACTIONS.includes(action)) return false;
    const d = c.domain();
    if (!d) return false;
    const r = domainSetLifecycleAction(c.op(), d.uuid, type as LifecycleType, action, c.affect());
    return !!c.apply(r, 'Unable to change lifecycle action.');
  },
};

const setUserPassword: VirshCommand = {
  name: 'set-user-password',
  api: 'virDomainSetUserPassword',
  run(c) {
    // cmdSetUserPassword reads --user and --password (vshCommandOptStringReq) before the domain.
    const empty = ['user', 'password'].find((o) => c.str(o) === '');
    if (empty !== undefined) {
      c.error(`Failed to get option '${empty}': Option argument is empty`);
      return false;
    }
    const d = c.domain();
    if (!d || !running(c, d)) return false;
    // virsh names the domain as it was given (an id or UUID stays one).
    c.extra(`Password set successfully for ${c.str('user')} in ${c.str('domain')}`);
    return true;
  },
};

/** The test driver's domains have no graphics: no display to show, no VNC port. */
const domdisplay: VirshCommand = {
  name: 'domdisplay',
  readOnly: true,
  run(c) {
    if (!c.exclusive('all', 'type')) return false;
    const d = c.domain();
    if (!d) return false;
    const type = c.str('type');
    if (type === '') c.error("Failed to get option 'type': Option argument is empty");
    else if (!isActive(d.state)) c.error('Domain is not running');
    else c.error(type === undefined ? 'No graphical display found' : `No graphical display with type '${type}' found`);
    return false;
  },
};

const vncdisplay: VirshCommand = {
  name: 'vncdisplay',
  readOnly: true,
  run(c) {
    const d = c.domain();
    if (!d) return false;
    c.error(isActive(d.state) ? 'Failed to get VNC port. Is this domain using VNC?' : 'Domain is not running');
    return false;
  },
};

/** cmdTTYConsole reads /domain/devices/console/@tty, which the test driver never sets: no output, failure. */
const ttyconsole: VirshCommand = {
  name: 'ttyconsole',
  readOnly: true,
  run(c) {
    c.domain();
    return false;
  },
};

const domlaunchsecinfo: VirshCommand = {
  name: 'domlaunchsecinfo',
  readOnly: true,
  run(c) {
    if (!c.domain()) return false;
    c.error('Unable to get launch security parameters');
    c.libvirtError({
      code: 'INVALID_ARG',
      message: 'unsupported flags (0x4) in function testDomainGetLaunchSecurityInfo',
    });
    return false;
  },
};

/** cmdUpdateMemoryDevice looks for a virtio-mem or virtio-pmem device; no lab domain has one. */
const updateMemoryDevice: VirshCommand = {
  name: 'update-memory-device',
  run(c) {
    // cmdUpdateMemoryDevice: the --current pairs, then --node against --alias, then the domain.
    if (!affectOk(c) || !c.exclusive('node', 'alias') || !c.domain()) return false;
    // --node is an unsigned int (vshCommandOptUInt): a negative number is refused.
    if (c.uint('node') === null) return false;
    if (c.str('alias') === '') c.error("Failed to get option 'alias': Option argument is empty");
    else c.error('no memory device found');
    return false;
  },
};

const affectOk = (c: CmdCtx) => c.exclusive('current', 'live') && c.exclusive('current', 'config');

export const guestInputCommands: VirshCommand[] = [
  injectNmi,
  sendProcessSignal,
  setLifecycleAction,
  setUserPassword,
  domdisplay,
  vncdisplay,
  ttyconsole,
  domlaunchsecinfo,
  updateMemoryDevice,
];
