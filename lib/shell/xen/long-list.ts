import { currentDef } from '../../sim/world';
import { xmStateString } from './states';
import type { XenDomain } from './view';

/**
 * `xm list -l` prints each domain's SXP config (XendConfig.to_sxp through PrettyPrint) and
 * `xl list -l` the libxl domain config as JSON (Xen 4.4's default output_format). Both are
 * abbreviated here to the keys a learner compares with `virsh dumpxml`.
 */
export function xmLongList(x: XenDomain): string {
  const lines: string[] = ['(domain'];
  const add = (k: string, v: string | number) => lines.push(`    (${k} ${v})`);
  if (x.id !== null) add('domid', x.id);
  add('cpu_weight', 256);
  add('cpu_cap', 0);
  add('uuid', x.uuid);
  add('vcpus', x.vcpuMax);
  if (x.id !== null) add('online_vcpus', x.vcpus);
  add('name', x.name);
  add('maxmem', x.maxMemMiB);
  add('memory', x.memMiB);
  const def = x.domain ? currentDef(x.domain) : null;
  if (def) {
    add('on_poweroff', def.onPoweroff);
    add('on_reboot', def.onReboot);
    add('on_crash', def.onCrash);
    lines.push(
      x.hvm
        ? '    (image (hvm (kernel ) (boot c)))'
        : `    (image (linux (kernel ${def.kernel ?? ''}) (root '/dev/xvda ro')))`,
    );
  }
  add('status', x.id === null ? 0 : x.state === 'paused' ? 1 : 2);
  if (x.id !== null) add('state', xmStateString(x));
  add('cpu_time', x.cpuTimeS.toFixed(6));
  for (const d of def?.disks ?? [])
    lines.push(
      `    (device (vbd (uname ${d.type === 'block' ? 'phy' : 'file'}:${d.source}) (dev ${d.target}${d.device === 'cdrom' ? ':cdrom' : ''}) (mode ${d.readonly ? 'r' : 'w'})))`,
    );
  for (const n of def?.interfaces ?? []) lines.push(`    (device (vif (bridge ${n.source}) (mac ${n.mac})))`);
  return `${lines.join('\n')}\n)\n`;
}

export function xlLongList(doms: readonly XenDomain[]): string {
  const entries = doms
    .filter((x) => x.domain)
    .map((x) => {
      const def = currentDef(x.domain!);
      return {
        domid: x.id,
        config: {
          c_info: { type: x.hvm ? 'hvm' : 'pv', name: x.name, uuid: x.uuid },
          b_info: {
            max_vcpus: x.vcpuMax,
            avail_vcpus: Array.from({ length: x.vcpus }, (_, i) => i),
            max_memkb: x.maxMemMiB * 1024,
            target_memkb: x.memMiB * 1024,
            ...(x.hvm ? {} : { kernel: def.kernel ?? null }),
          },
          disks: def.disks.map((d) => ({
            pdev_path: d.source,
            vdev: d.target,
            format: 'raw',
            readwrite: d.readonly ? 0 : 1,
            is_cdrom: d.device === 'cdrom' ? 1 : 0,
          })),
          nics: def.interfaces.map((n, i) => ({ devid: i, mac: n.mac, bridge: n.source })),
          on_poweroff: def.onPoweroff,
          on_reboot: def.onReboot,
          on_crash: def.onCrash,
        },
      };
    });
  return `${JSON.stringify(entries, null, 4)}\n`;
}
