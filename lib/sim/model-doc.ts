import { quirks, type DriverQuirks } from './drivers';
import { domainStates, stateReasons } from './states';
import { allowedFrom, REQUIREMENT, transitions, type Outcome, type Transition } from './transitions';
import type { Driver } from './types';

const drivers: Driver[] = ['test', 'qemu', 'xen'];

const quirkText: Record<keyof Omit<DriverQuirks, 'driver' | 'securityModel' | 'osTypeOverride' | 'maxVcpus'>, string> =
  {
    startFlags: 'start --paused / --autodestroy / --bypass-cache accepted',
    managedSaveRestores: 'start after managedsave resumes the saved memory (else boots fresh)',
    restoreKeepsPaused: 'restore keeps a guest saved paused paused (else always running)',
    saveFlags: 'save/restore accept --running / --paused',
    destroyGraceful: 'destroy --graceful accepted',
    pinFlags: 'vcpupin --live/--config, pinning an inactive domain',
    memLiveAndConfig: 'setmem --live --config together',
    liveMaxMemory: 'setmaxmem on a running guest (libxl_domain_setmaxmem)',
    strictTransient: 'undefine / autostart refuse transient domains',
    validateAgainstHost: 'domain XML checked against the host (vCPUs, virt type, HVM support)',
  };

const outcomeText = (o: Outcome) => (typeof o === 'string' ? o : `${o.state} (${o.reason})`);

/** The QEMU/Xen column: each state, the reasons a row asks of it, and where Xen does not start from it. */
const fromText = (t: Transition) =>
  allowedFrom(t, 'qemu')
    .map((s) => {
      const notes = [...(t.fromReasons?.[s] ?? []), ...(allowedFrom(t, 'xen').includes(s) ? [] : ['QEMU only'])];
      return notes.length ? `${s} (${notes.join('; ')})` : s;
    })
    .join(', ');

/** docs/model.md, generated from the code (see bin/model-doc.ts). */
export function renderModelDoc(): string {
  const out: string[] = [
    "# The simulator's model",
    '',
    '_Generated from `lib/sim` by `npm run model-doc`; a test keeps it in step._',
    '',
  ];
  out.push('## States and reasons', '', '| state | reasons |', '| --- | --- |');
  for (const s of domainStates) out.push(`| ${s} | ${stateReasons[s].join(', ')} |`);
  out.push(
    '',
    '## Transitions',
    '',
    'The one table every rule is derived from (buttons, diagram, "why disabled", help).',
    '',
  );
  out.push(
    '| action | from (QEMU/KVM, Xen) | from (test driver) | to | reason | event | refused because |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const t of transitions) {
    const exceptions = Object.entries(t.toFrom ?? {}).map(([from, o]) => `; from ${from}: ${outcomeText(o)}`);
    out.push(
      `| ${t.action} | ${fromText(t)} | ${allowedFrom(t, 'test').join(', ')} | ${t.to}${exceptions.join('')} | ${t.reason} | ${t.event.join(' ').trim()} | ${REQUIREMENT[t.requires]} |`,
    );
  }
  out.push(
    '',
    '## Where the drivers differ',
    '',
    `| behaviour | ${drivers.join(' | ')} |`,
    `| --- | ${drivers.map(() => '---').join(' | ')} |`,
  );
  for (const [k, text] of Object.entries(quirkText)) {
    out.push(
      `| ${text} | ${drivers.map((d) => (quirks(d)[k as keyof typeof quirkText] ? 'yes' : 'no')).join(' | ')} |`,
    );
  }
  out.push(`| dominfo OS Type | ${drivers.map((d) => quirks(d).osTypeOverride ?? 'from the XML').join(' | ')} |`);
  out.push(`| maxvcpus | ${drivers.map((d) => quirks(d).maxVcpus).join(' | ')} |`);
  out.push(
    '',
    'Other test-driver facts reproduced: preloaded domains start `running (unknown)`; shutdown is instant and works on a paused',
    'domain; nodeinfo says 16 CPUs but the CPU map has 8 (online 0,2,4), unpinned',
    'vCPUs report the last CPU; save images are "TestGuestMagic" + length + XML; managedsave stores nothing.',
    '',
    'On the lab QEMU and Xen hosts shutdown and reboot return at once and the guest answers a few simulated seconds later',
    '(lib/sim/ops/guest-request.ts, docs/decisions/033-guest-requests.md): QEMU takes a running guest only and presses its',
    'ACPI button (a guest without `<acpi/>` ignores it); libxl takes a paused one too, which acts once resumed. A QEMU',
    'guest that has powered off is `in shutdown (unknown)` for a simulated second while QEMU ends, then `shut off (shutdown)`;',
    'QEMU refuses `preserve` and `rename-restart` lifecycle actions, libxl leaves a coredump guest shut off',
    '(docs/decisions/037-in-shutdown-lifecycle-actions-first-hour.md) and keeps a `preserve`d one: shut off (shutdown)',
    'with its id and memory, `xl list` `---s--` (`---sr-` after a reboot), until `xl destroy` or `virsh destroy` frees',
    'it (docs/decisions/043-xen-migration-names-and-switch-over.md).',
    '',
    'Migration (lib/sim/migration, lib/sim/ops/migrate.ts): see docs/decisions/002-migration-model.md. A Xen',
    'migration ends with a 2 s switch-over (the source destroys its suspended copy while the target runs the guest);',
    "`xl list` names the guest as the migrating toolstack does: xl's `<name>--incoming` on the target and",
    "`<name>--migratedaway` on the source in the switch-over, xend's `migrating-<name>` on the source throughout, none",
    'for libvirt (docs/decisions/043-xen-migration-names-and-switch-over.md).',
    '',
  );
  return out.join('\n');
}
