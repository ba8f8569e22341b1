import { hostCpuCount } from '../sim/host-cpus';
import { freeMemoryKiB, neededKiB } from '../sim/host-memory';
import { pinBeyondHost } from '../sim/ops/admission';
import { checkRelocation } from '../sim/relocation';
import { isActive } from '../sim/states';
import type { Domain, Host, World } from '../sim/types';
import { currentDef, domainByName, domainByUuid, findHost } from '../sim/world';
import { flagRefusal } from './virsh/commands/migrate';
import { hvmCapable } from './xen/host-info';

/**
 * What a migration needs before it starts, each as ✓ or ✗ with the reason, the way Proxmox's
 * migrate dialog lists them. The facts are the simulator's own rules (migrateStart's precheck,
 * libxl's flags, xend's relocation settings); the exact wording of a refusal is the command's,
 * which the API gets by running it on a scratch copy of the lab.
 */
export interface MigrationCheck {
  id: string;
  label: string;
  ok: boolean;
  detail: string;
}
export interface CheckRequest {
  target: string;
  tool: 'virsh' | 'xm';
  live: boolean;
  offline: boolean;
  persistent: boolean;
  suspend: boolean;
  autoConverge: boolean;
  postcopy: boolean;
}

const gib = (kib: number) => `${(kib / 1048576).toFixed(1)} GiB`;
const check = (id: string, label: string, ok: boolean, yes: string, no: string): MigrationCheck => ({
  id,
  label,
  ok,
  detail: ok ? yes : no,
});

function stateCheck(d: Domain, name: string, r: CheckRequest): MigrationCheck {
  if (r.tool === 'xm') {
    const ok = d.state === 'running' || d.state === 'idle';
    return check(
      'state',
      'Domain is running',
      ok,
      `${name} is ${d.state}`,
      `${name} is ${d.state}: xm migrates running domains only (Domain is not running)`,
    );
  }
  if (r.offline)
    return check(
      'state',
      'Domain is persistent',
      !!d.config,
      `${name} has a persistent definition to move`,
      `${name} is transient: --offline moves a definition, and it has none`,
    );
  return check(
    'state',
    'Domain is active',
    isActive(d.state),
    `${name} is ${d.state}: its memory can be copied`,
    `${name} is shut off: nothing runs to copy; only --offline --persistent moves a stopped domain's definition`,
  );
}

function flagsCheck(source: Host, r: CheckRequest): MigrationCheck {
  const problems: string[] = [];
  if (r.tool === 'virsh') {
    if (r.live && r.offline) problems.push('--live and --offline exclude each other');
    if (r.offline && !r.persistent) problems.push('--offline needs --persistent (it moves only the definition)');
    const refused = flagRefusal(source.driver, r);
    if (refused) problems.push(refused.message);
  }
  return check(
    'flags',
    'Options fit together',
    problems.length === 0,
    r.tool === 'xm' ? 'xm migrate takes only --live' : 'no conflicting flags',
    problems.join('; '),
  );
}

function memoryCheck(target: Host, d: Domain, name: string, r: CheckRequest): MigrationCheck {
  const need = neededKiB(target, currentDef(d));
  const free = freeMemoryKiB(target);
  if (r.tool === 'virsh' && r.offline)
    return check('memory', 'Enough free memory on the target', true, 'nothing to hold: --offline copies no memory', '');
  return check(
    'memory',
    'Enough free memory on the target',
    free >= need,
    `${target.name} has ${gib(free)} free; ${name} needs ${gib(need)}`,
    `${target.name} has ${gib(free)} free; ${name} needs ${gib(need)}`,
  );
}

/** The target starts the guest's process with its pins: a CPU it has not got fails the migration there. */
function pinCheck(target: Host, d: Domain, name: string, r: CheckRequest): MigrationCheck {
  const pin = r.offline ? null : pinBeyondHost(target, currentDef(d));
  const cpus = hostCpuCount(target);
  return check(
    'pins',
    'vCPU pins fit the target',
    !pin,
    `${target.name} has CPUs 0-${cpus - 1}`,
    pin ? `${name}'s vCPU ${pin.vcpu} is pinned to CPU ${pin.cpu}; ${target.name} has CPUs 0-${cpus - 1}` : '',
  );
}

function nameCheck(target: Host, d: Domain, name: string): MigrationCheck {
  // The target may keep this domain's own shut-off definition (same UUID): the migration activates it.
  const byName = domainByName(target, name);
  const other = byName && byName.uuid !== d.uuid ? byName : undefined;
  const same = domainByUuid(target, d.uuid);
  const activeSame = same && same.state !== 'shut off' ? same : undefined;
  const clash = other ?? activeSame;
  const ok = `${target.name} has no other ${name}${same && !activeSame ? " (it keeps this domain's shut-off definition, which the migration activates)" : ''}`;
  return check(
    'name',
    'No other domain of that name on the target',
    !clash,
    ok,
    `${target.name} already has a domain ${clash ? currentDef(clash).name : name} (${clash?.state}) with ${clash?.uuid === d.uuid ? 'the same uuid, active' : 'that name'}`,
  );
}

export function migrationChecks(world: World, sourceName: string, d: Domain, r: CheckRequest): MigrationCheck[] {
  const source = findHost(world, sourceName)!;
  const target = findHost(world, r.target);
  const name = currentDef(d).name;
  const checks = [
    stateCheck(d, name, r),
    flagsCheck(source, r),
    check('job', 'No other job on the domain', !d.job, 'no job running', `a migration of ${name} is already running`),
  ];
  if (!target) return [...checks, check('target', 'Target host exists', false, '', `no host '${r.target}'`)];
  checks.push(
    check(
      'reachable',
      'Target reachable',
      target.reachable,
      `${target.hostname} answers`,
      `${target.hostname} does not answer (it is off the network)`,
    ),
    check(
      'hypervisor',
      'Same hypervisor',
      target.driver === source.driver && target !== source,
      `${source.hypervisor} to ${target.hypervisor}`,
      target === source
        ? 'the target is the source host'
        : `${source.hypervisor} cannot migrate to ${target.hypervisor}`,
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
        'Xen relocation allowed',
        reloc.ok,
        `${target.name}'s xend accepts relocations from ${source.hostname}`,
        reloc.ok ? '' : `${target.name}'s xend-config.sxp: ${reloc.error.message}`,
      ),
    );
    const hvm = currentDef(d).osType === 'hvm';
    checks.push(
      check(
        'hvm',
        'Target can run the guest',
        !hvm || hvmCapable(target),
        hvm ? `${target.name} has VT-x/AMD-V for an HVM guest` : 'paravirtualized: runs on any Xen host',
        `${name} is an HVM guest and ${target.name}'s CPU has no VT-x/AMD-V`,
      ),
    );
  }
  return checks;
}
