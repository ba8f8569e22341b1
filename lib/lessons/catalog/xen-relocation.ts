import { hostAllowed } from '../../sim/relocation';
import type { World, XendConfig } from '../../sim/types';
import { findHost } from '../../sim/world';
import { labWorld } from '../../sim/worlds/lab';
import { xendConfigSxp } from '../../sim/worlds/xen-files';
import { hostFile, isState, ran, sxpSetting } from '../checks';
import { defineLesson, typed } from '../define';

const SXP = '/etc/xen/xend-config.sxp';
const XEN1 = { fqdn: 'xen1.lab', address: '10.0.0.21' };

/** The lab, with xen2's xend as Xen ships it: relocation server off, only localhost allowed. */
function world(): World {
  const w = labWorld();
  return {
    ...w,
    hosts: w.hosts.map((h) => {
      if (h.name !== 'xen2' || !h.xen) return h;
      const xend: XendConfig = {
        ...h.xen.xend,
        'xend-relocation-server': 'no',
        'xend-relocation-hosts-allow': '^localhost$ ^localhost\\.localdomain$',
      };
      return { ...h, xen: { ...h.xen, xend }, files: { ...h.files, [SXP]: xendConfigSxp(xend) } };
    }),
  };
}

const fileSays = (w: World, name: string) => sxpSetting(hostFile(w, 'xen2', SXP), name);
const allowsXen1 = (allow: string | undefined) => allow !== undefined && hostAllowed(allow, XEN1.fqdn, XEN1.address);
/** What the running xend on xen2 uses (read from the file when xend starts). */
const xend = (w: World) => findHost(w, 'xen2')?.xen?.xend;

export const xenRelocation = defineLesson({
  id: 'xen-relocation',
  title: 'Xen relocation: why xm migrate is refused, and the settings that fix it',
  concept:
    "xm migrate sends the guest to xend's relocation server on the target host; /etc/xen/xend-config.sxp on the target decides whether it listens (xend-relocation-server, -port, -address) and whom it accepts (xend-relocation-hosts-allow)",
  summary:
    'Try to move pv-web from xen1 to xen2, read why xen2 refuses, turn its relocation server on, allow xen1, restart xend and migrate.',
  host: 'xen1',
  world,
  steps: [
    {
      id: 'refused',
      title: 'Try the migration',
      instruction:
        "On xen1, migrate pv-web live to xen2. xm connects to xend on xen2, port 8002 — and is refused: `Error: can't connect: [Errno 111] Connection refused`. Nothing listens there.",
      do: typed('xen1', 'xm migrate --live pv-web xen2'),
      check: (_w, ctx) => ran(ctx, 'xen1', /^xm migrate\b.*\bxen2(\.lab)?$/, 'failed'),
      hint: 'Migrate pv-web live from xen1 to xen2 with xm, and read the error.',
    },
    {
      id: 'read-config',
      title: "Read xen2's relocation settings",
      instruction:
        'Switch the console to **xen2** and read the relocation settings of its xend: the **target** decides. `(xend-relocation-server no)` — the server is off, as Xen ships it. `xend-relocation-hosts-allow` lists regular expressions; a connecting host must match one (by name or address) — here only localhost.',
      do: typed('xen2', `grep relocation ${SXP}`),
      check: (_w, ctx) => ran(ctx, 'xen2', /xend-config\.sxp$/),
      hint: 'Search the file for the word relocation.',
    },
    {
      id: 'server-on',
      title: 'Turn the relocation server on',
      instruction: 'Turn the relocation server on. The lab has no editor; `sed -i` edits the file in place.',
      do: typed('xen2', `sed -i 's/(xend-relocation-server no)/(xend-relocation-server yes)/' ${SXP}`),
      check: (w) => fileSays(w, 'xend-relocation-server') === 'yes',
      hint: 'Replace no with yes on the xend-relocation-server line with an in-place sed.',
    },
    {
      id: 'allow-xen1',
      title: 'Allow xen1',
      instruction:
        'With only the server on, xen2 would accept the connection and then drop it (xen1 is not allowed), and xm would report `xc_save … failed`. Add xen1 to `xend-relocation-hosts-allow`, in front of the localhost entries. (In a regular expression `.` matches any character; `^xen1\\.lab$` is the strict form.)',
      do: typed('xen2', `sed -i "s/hosts-allow '/hosts-allow '^xen1.lab$ /" ${SXP}`),
      check: (w) => allowsXen1(fileSays(w, 'xend-relocation-hosts-allow')),
      hint: 'Add ^xen1.lab$ at the start of the hosts-allow list with an in-place sed.',
    },
    {
      id: 'restart-xend',
      title: 'Restart xend',
      instruction: 'xend reads xend-config.sxp when it starts: restart it on xen2. Running guests are not affected.',
      do: typed('xen2', '/etc/init.d/xend restart', { xm: { none: 'xend restart (the daemon itself, not xm)' } }),
      check: (w) =>
        xend(w)?.['xend-relocation-server'] === 'yes' && allowsXen1(xend(w)?.['xend-relocation-hosts-allow']),
      hint: "xend's init script takes the usual restart argument.",
    },
    {
      id: 'migrate',
      title: 'Migrate again',
      instruction:
        'Back on **xen1**, migrate pv-web again. This time xen2 listens and accepts xen1: pv-web runs on xen2.',
      do: typed('xen1', 'xm migrate --live pv-web xen2', {
        xl: { none: "xl migrate goes over ssh to xl on the target, not to xend's relocation server" },
        virsh: { none: "virsh migrate talks to libvirtd on the target, not to xend's relocation server" },
      }),
      check: (w) => isState(w, 'xen2', 'pv-web', 'running'),
      hint: 'The command of step 1, on xen1.',
    },
  ],
  goalText: "pv-web runs on xen2, moved there by xm migrate once xen2's xend accepted relocations from xen1.",
  goal: (w) => isState(w, 'xen2', 'pv-web', 'running'),
  hints: [
    "Connection refused: the target's server is off, or on another port (xend-relocation-port, default 8002) or address (xend-relocation-address).",
    'Accepted then dropped (xc_save … failed): the source does not match xend-relocation-hosts-allow. An empty list allows every host — convenient and unsafe, since relocation is unauthenticated and unencrypted.',
    'xen2 has no VT-x: only paravirtualized guests like pv-web can move there, not hvm-win.',
  ],
  glossary: ['xend', 'xend-config-sxp', 'relocation', 'live-migration', 'xm'],
  pages: ['/console'],
});
