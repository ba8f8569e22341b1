import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { domainOn, filesIn, hostFile, ran } from '../checks';
import { click, defineLesson, typed } from '../define';

/** xendomains starts every config in /etc/xen/auto; a link there named after the guest is the convention. */
const linked = (w: World) =>
  hostFile(w, 'xen1', '/etc/xen/auto/pv-db.cfg') !== undefined ||
  filesIn(w, 'xen1', '/etc/xen/auto').some((p) => (hostFile(w, 'xen1', p) ?? '').includes('/etc/xen/pv-db.cfg'));

export const autostart = defineLesson({
  id: 'autostart',
  title: 'Autostart: virsh autostart vs a link in /etc/xen/auto',
  concept:
    'Starting guests when the host boots: libvirt keeps an autostart flag per persistent domain (libvirtd starts those when it starts); on an xm/xend host the xendomains init script starts every config linked into /etc/xen/auto',
  summary:
    'Mark build01 on kvm1 for autostart with virsh, then do the same for pv-db on xen1 the Xen way: a symbolic link in /etc/xen/auto.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'virsh-autostart',
      title: 'Mark build01 for autostart',
      instruction:
        '`virsh autostart build01` marks the persistent domain build01 to be started whenever libvirtd starts (that is, when kvm1 boots). libvirt records it as a link in /etc/libvirt/qemu/autostart/. It does not start build01 now.',
      do: click('kvm1', 'autostart', 'build01', { enable: true }),
      check: (w) => domainOn(w, 'kvm1', 'build01')?.autostart === true,
      hint: 'The virsh subcommand is named after the flag it sets.',
    },
    {
      id: 'look-auto-dir',
      title: 'Look in /etc/xen/auto',
      instruction:
        'On xen1 the guests are xm configs in /etc/xen. At boot the **xendomains** script starts every config found in **/etc/xen/auto**. Look what is there now (switch the console to xen1).',
      do: typed('xen1', 'ls /etc/xen/auto'),
      check: (_w, ctx) => ran(ctx, 'xen1', /^ls\b.*\/etc\/xen\/auto\/?$/),
      hint: 'On xen1, list the directory xendomains reads.',
    },
    {
      id: 'link-pv-db',
      title: "Link pv-db's config",
      instruction:
        'Have pv-db started at boot too: link its config into /etc/xen/auto. There is no xm command for this — it is a file.',
      do: typed('xen1', 'ln -s /etc/xen/pv-db.cfg /etc/xen/auto/', {
        virsh: { none: "`virsh autostart` sets libvirt's own flag, which xendomains does not read" },
        xl: { none: 'xl has no autostart either; xendomains reads /etc/xen/auto for xl too' },
      }),
      check: linked,
      hint: 'A symbolic link is made with `ln` and one option; link the config into the directory.',
    },
  ],
  goalText: "build01 is marked for autostart on kvm1, and pv-db's config is linked into /etc/xen/auto on xen1.",
  goal: (w) => domainOn(w, 'kvm1', 'build01')?.autostart === true && linked(w),
  hints: [
    'Autostart acts at boot only; neither way starts the guest now.',
    '`virsh list --all --autostart` lists the domains libvirt will start.',
  ],
  glossary: ['autostart', 'xendomains', 'persistent-domain'],
  pages: ['/', '/console'],
});
