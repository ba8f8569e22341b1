import { labWorld } from '../../sim/worlds/lab';
import { domainOn, isState, ran } from '../checks';
import { click, defineLesson, typed } from '../define';

export const managedsave = defineLesson({
  id: 'managedsave',
  title: 'Managed save, and what start does next',
  concept:
    "Managed save: libvirt saves the domain's memory to a file it keeps itself (/var/lib/libvirt/qemu/save/), and the next start restores from that file instead of booting",
  summary:
    'Managed-save web01, see libvirt remember it, then start it and watch it come back restored rather than booted.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'managedsave',
      title: 'Managed-save web01',
      instruction:
        '`virsh managedsave` is a save to a file that libvirt names and keeps for you. web01 stops: **shut off**, reason **saved**.',
      do: click('kvm1', 'managedsave', 'web01', undefined, {
        xm: 'xm suspend web01',
        xl: { none: 'xl has no managed save; `xl save web01 <file>` then `xl restore <file>`' },
      }),
      check: (w) => isState(w, 'kvm1', 'web01', 'shut off', 'saved') && !!domainOn(w, 'kvm1', 'web01')?.managedSave,
      hint: "The subcommand is the concept's name, written as one word.",
    },
    {
      id: 'see-image',
      title: 'See that libvirt kept it',
      instruction:
        'Ask libvirt about web01: `virsh dominfo` now says **Managed save: yes** (`virsh list --all --with-managed-save` lists such domains).',
      do: typed('kvm1', 'virsh dominfo web01'),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh (dominfo\b|list\b.*--with-managed-save)/),
      hint: 'The subcommand that prints a domain\'s details has a "Managed save" line.',
    },
    {
      id: 'start',
      title: 'Start it again',
      instruction:
        'Now start web01. Because a managed save image exists, QEMU/KVM does not boot the guest: it loads the image, so the guest carries on where it was — state **running**, reason **restored** — and libvirt deletes the image. (`virsh start --force-boot` would discard it and boot fresh.)',
      do: click('kvm1', 'start', 'web01', undefined, { xm: 'xm resume web01' }),
      check: (w) => isState(w, 'kvm1', 'web01', 'running', 'restored') && !domainOn(w, 'kvm1', 'web01')?.managedSave,
      hint: 'Start it the usual way, then read its state and reason.',
    },
  ],
  goalText: 'web01 is running, restored from its managed save image, and the image is gone.',
  goal: (w) => isState(w, 'kvm1', 'web01', 'running', 'restored') && !domainOn(w, 'kvm1', 'web01')?.managedSave,
  hints: [
    "libvirt's test driver (test:///default) only pretends: there, start after managedsave boots fresh (reason booted). The lab's KVM hosts behave like QEMU.",
    'In xm, `xm suspend` is this managed save and `xm resume` brings it back — not pause/unpause.',
  ],
  glossary: ['managed-save', 'save-restore', 'domain-state'],
  pages: ['/', '/console'],
});
