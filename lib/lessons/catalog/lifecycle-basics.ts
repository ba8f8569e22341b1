import { labWorld } from '../../sim/worlds/lab';
import { isState, ran } from '../checks';
import { click, defineLesson, typed } from '../define';

const shutOffBy = (reason: string) => (w: Parameters<typeof isState>[0]) =>
  isState(w, 'kvm1', 'build01', 'shut off', reason);

export const lifecycleBasics = defineLesson({
  id: 'lifecycle-basics',
  title: 'Lifecycle basics: list, start, shutdown vs destroy',
  concept:
    'Domain lifecycle: a domain is defined (persistent) or running; shutdown asks the guest OS, destroy pulls the plug; libvirt records why a domain is in its state (the reason)',
  summary:
    'List every domain on kvm1, boot build01, stop it politely with shutdown, boot it again and stop it hard with destroy — and read the reason each one leaves behind.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'list-all',
      title: 'List every domain',
      instruction:
        'List **every** domain on kvm1, running or not: `virsh list` alone shows only active domains; `--all` adds the inactive (shut off) ones. Note build01: defined, but shut off.',
      do: typed('kvm1', 'virsh list --all', { xm: 'xm list', xl: 'xl list' }),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh (list\b.*--all|list\b.*--inactive)/),
      hint: 'Plain `virsh list` shows only running domains; one option adds the shut-off ones.',
    },
    {
      id: 'start',
      title: 'Boot build01',
      instruction:
        'Boot build01. A persistent domain keeps its definition while shut off; `start` boots it from that definition. Its state becomes **running**, reason **booted**.',
      do: click('kvm1', 'start', 'build01', undefined, {
        xm: 'xm start build01',
        xl: { none: 'xl has no managed domains: `xl create /etc/xen/build01.cfg`' },
      }),
      check: (w) => isState(w, 'kvm1', 'build01', 'running'),
      hint: 'A defined (persistent) domain is booted from its definition; the subcommand is the plain English verb.',
    },
    {
      id: 'shutdown',
      title: 'Shut it down politely',
      instruction:
        '`shutdown` asks the guest operating system to power off (an ACPI power-button press). The guest closes its files and stops; the state becomes **shut off**, reason **shutdown**. `virsh shutdown` returns at once; the guest takes a few seconds (the page says **Shutdown requested** meanwhile), and a guest without ACPI ignores the request.',
      do: click('kvm1', 'shutdown', 'build01', undefined, { xm: 'xm shutdown build01', xl: 'xl shutdown build01' }),
      check: shutOffBy('shutdown'),
      hint: 'Ask the guest OS to power off (ACPI), rather than cutting the power.',
    },
    {
      id: 'start-again',
      title: 'Boot it again',
      instruction: 'Boot build01 once more, so there is something to destroy.',
      do: click('kvm1', 'start', 'build01', undefined, { xm: 'xm start build01' }),
      check: (w) => isState(w, 'kvm1', 'build01', 'running'),
      hint: 'The same command as step 2.',
    },
    {
      id: 'destroy',
      title: 'Stop it hard',
      instruction:
        '`destroy` stops the domain at once, like pulling the power cord: the guest OS gets no chance to shut down and unsaved data is lost. Despite the name, the definition stays: the domain is **shut off**, reason **destroyed**, and can be started again.',
      do: click('kvm1', 'destroy', 'build01', undefined, { xm: 'xm destroy build01', xl: 'xl destroy build01' }),
      check: shutOffBy('destroyed'),
      hint: 'The command that pulls the plug has an alarming name, but it keeps the definition.',
    },
    {
      id: 'read-reason',
      title: 'Read the reason',
      instruction:
        'Ask libvirt why build01 is shut off: `virsh domstate --reason` prints the state and its reason. Compare with test01 on kvm2, which someone destroyed too.',
      do: typed('kvm1', 'virsh domstate build01 --reason'),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh (domstate\b.*--reason|dominfo\b|list\b.*--all)/),
      hint: "The subcommand that prints a domain's state takes an option to add why.",
    },
  ],
  goalText: 'build01 is shut off, reason destroyed, after having been shut down once.',
  goal: shutOffBy('destroyed'),
  hints: [
    "shutdown needs the guest's cooperation; destroy does not.",
    'Neither shutdown nor destroy removes the domain: `virsh undefine` does that.',
  ],
  glossary: ['domain', 'domain-state', 'shutdown-vs-destroy', 'persistent-domain', 'virsh'],
  pages: ['/', '/console'],
});
