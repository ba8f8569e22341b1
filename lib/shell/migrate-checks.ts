import { hostCpuCount } from '../sim/host-cpus';
import { freeMemoryKiB, neededKiB } from '../sim/host-memory';
import { pinBeyondHost } from '../sim/ops/admission';
import { checkRelocation } from '../sim/relocation';
import { isActive } from '../sim/states';
import type { Domain, Host, World } from '../sim/types';
import { currentDef, domainByName, domainByUuid, findHost } from '../sim/world';
import {
  CHECK_LABELS,
  CHECK_REASONS,
  type CheckLabel,
  type CheckReason,
  type CheckReasonCode,
} from './migrate-check-text';
import { flagRefusal } from './virsh/commands/migrate';
import { hvmCapable } from './xen/host-info';

/**
 * What a migration needs before it starts, each as ✓ or ✗ with the reason, the way Proxmox's
 * migrate dialog lists them. The facts are the simulator's own rules (migrateStart's precheck,
 * libxl's flags, xend's relocation settings); the exact wording of a refusal is the command's,
 * which the API gets by running it on a scratch copy of the lab. Each label and reason carries a
 * code and its values, so a UI words it in its own language (messages `migrateCheck.*`); `label`
 * and `detail` are the English.
 */
export interface MigrationCheck {
  id: string;
  label: string;
  labelCode: CheckLabel;
  ok: boolean;
  detail: string;
  reasons: CheckReason[];
}
export interface CheckRequest {
  target: string;
  tool: 'virsh' | 'xm' | 'xl';
  live: boolean;
  offline: boolean;
  persistent: boolean;
  suspend: boolean;
  autoConverge: boolean;
  postcopy: boolean;
}

const gib = (kib: number) => `${(kib / 1048576).toFixed(1)} GiB`;
const why = (code: CheckReasonCode, values: CheckReason['values'] = {}): CheckReason => ({ code, values });
const english = (r: CheckReason) => CHECK_REASONS[r.code].replace(/\{(\w+)\}/g, (_, k: string) => String(r.values[k]));

function check(id: string, label: CheckLabel, ok: boolean, yes: CheckReason[], no: CheckReason[]): MigrationCheck {
  const reasons = ok ? yes : no;
  return { id, label: CHECK_LABELS[label], labelCode: label, ok, detail: reasons.map(english).join('; '), reasons };
}

function stateCheck(d: Domain, name: string, r: CheckRequest): MigrationCheck {
  const v = { name, state: d.state };
  if (r.tool === 'xm') {
    const ok = d.state === 'running' || d.state === 'idle';
    return check('state', 'stateRunning', ok, [why('xmState', v)], [why('xmNotRunning', v)]);
  }
  if (r.offline) return check('state', 'statePersistent', !!d.config, [why('hasDefinition', v)], [why('transient', v)]);
  return check('state', 'stateActive', isActive(d.state), [why('copyable', v)], [why('shutOff', v)]);
}

function flagsCheck(source: Host, r: CheckRequest): MigrationCheck {
  const problems: CheckReason[] = [];
  if (r.tool === 'virsh') {
    if (r.live && r.offline) problems.push(why('liveAndOffline'));
    if (r.offline && !r.persistent) problems.push(why('offlineNeedsPersistent'));
    const refused = flagRefusal(source.driver, r);
    // libvirt's own words: tool output, never translated.
    if (refused) problems.push(why('libvirt', { message: refused.message }));
  }
  const ok = r.tool === 'xm' ? 'xmFlags' : r.tool === 'xl' ? 'xlFlags' : 'flagsOk';
  return check('flags', 'flags', problems.length === 0, [why(ok)], problems);
}

function memoryCheck(target: Host, d: Domain, name: string, r: CheckRequest): MigrationCheck {
  const need = neededKiB(target, currentDef(d));
  const free = freeMemoryKiB(target);
  if (r.tool === 'virsh' && r.offline) return check('memory', 'memory', true, [why('offlineNoMemory')], []);
  const v = [why('memoryFree', { target: target.name, free: gib(free), name, need: gib(need) })];
  return check('memory', 'memory', free >= need, v, v);
}

/** The target starts the guest's process with its pins: a CPU it has not got fails the migration there. */
function pinCheck(target: Host, d: Domain, name: string, r: CheckRequest): MigrationCheck {
  const pin = r.offline ? null : pinBeyondHost(target, currentDef(d));
  const cpus = hostCpuCount(target);
  const last = String(cpus - 1);
  return check(
    'pins',
    'pins',
    !pin,
    [why('pinsFit', { target: target.name, last })],
    pin ? [why('pinBeyond', { name, vcpu: String(pin.vcpu), cpu: String(pin.cpu), target: target.name, last })] : [],
  );
}

function nameCheck(target: Host, d: Domain, name: string): MigrationCheck {
  // The target may keep this domain's own shut-off definition (same UUID): the migration activates it.
  const byName = domainByName(target, name);
  const other = byName && byName.uuid !== d.uuid ? byName : undefined;
  const same = domainByUuid(target, d.uuid);
  const activeSame = same && same.state !== 'shut off' ? same : undefined;
  const clash = other ?? activeSame;
  const v = { target: target.name, name };
  const taken = clash && {
    ...v,
    other: currentDef(clash).name,
    state: clash.state,
  };
  return check(
    'name',
    'name',
    !clash,
    [why(same && !activeSame ? 'nameFreeKept' : 'nameFree', v)],
    taken ? [why(clash.uuid === d.uuid ? 'sameUuidActive' : 'nameTaken', taken)] : [],
  );
}

export function migrationChecks(world: World, sourceName: string, d: Domain, r: CheckRequest): MigrationCheck[] {
  const source = findHost(world, sourceName)!;
  const target = findHost(world, r.target);
  const name = currentDef(d).name;
  const checks = [
    stateCheck(d, name, r),
    flagsCheck(source, r),
    check('job', 'job', !d.job, [why('noJob')], [why('jobRunning', { name })]),
  ];
  if (!target) return [...checks, check('target', 'target', false, [], [why('noHost', { target: r.target })])];
  const hv = { from: source.hypervisor, to: target.hypervisor };
  checks.push(
    check(
      'reachable',
      'reachable',
      target.reachable,
      [why('answers', { hostname: target.hostname })],
      [why('noAnswer', { hostname: target.hostname })],
    ),
    check(
      'hypervisor',
      'hypervisor',
      target.driver === source.driver && target !== source,
      [why('sameHypervisor', hv)],
      [target === source ? why('sameHost') : why('otherHypervisor', hv)],
    ),
    nameCheck(target, d, name),
    memoryCheck(target, d, name, r),
    pinCheck(target, d, name, r),
  );
  if (r.tool === 'xm') {
    const reloc = checkRelocation(world, sourceName, target.name, {
      live: r.live,
      domid: d.id ?? 0,
      hvm: currentDef(d).osType === 'hvm',
    });
    checks.push(
      check(
        'relocation',
        'relocation',
        reloc.ok,
        [why('relocationOk', { target: target.name, source: source.hostname })],
        reloc.ok ? [] : [why('relocationRefused', { target: target.name, message: reloc.error.message })],
      ),
    );
  }
  // xl's migrate-receive restores the guest too: an HVM one needs VT-x/AMD-V there.
  if (r.tool === 'xm' || r.tool === 'xl') {
    const hvm = currentDef(d).osType === 'hvm';
    checks.push(
      check(
        'hvm',
        'hvm',
        !hvm || hvmCapable(target),
        [hvm ? why('hvmOk', { target: target.name }) : why('pv')],
        [why('noHvm', { name, target: target.name })],
      ),
    );
  }
  return checks;
}
