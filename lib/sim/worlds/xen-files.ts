import type { DomainDef, XendConfig } from '../types';

/** /etc/xen/xend-config.sxp as xend reads it (S-expressions, one setting a line). */
export function xendConfigSxp(x: XendConfig): string {
  return [
    '# -*- sh -*-',
    '# Xend configuration file.',
    '',
    `(xend-relocation-server ${x['xend-relocation-server']})`,
    `(xend-relocation-port ${x['xend-relocation-port']})`,
    `(xend-relocation-address '${x['xend-relocation-address']}')`,
    `(xend-relocation-hosts-allow '${x['xend-relocation-hosts-allow']}')`,
    `(dom0-min-mem ${x['dom0-min-mem']})`,
    `(dom0-cpus ${x['dom0-cpus']})`,
    `(enable-dump ${x['enable-dump']})`,
    '',
  ].join('\n');
}

/** A guest's /etc/xen/<name>.cfg in xm's Python syntax (memory in MiB). */
export function xenGuestConfig(def: DomainDef): string {
  const lines = [
    `name = "${def.name}"`,
    `uuid = "${def.uuid}"`,
    `memory = ${Math.round(def.currentMemoryKiB / 1024)}`,
    `maxmem = ${Math.round(def.memoryKiB / 1024)}`,
    `vcpus = ${def.vcpus}`,
  ];
  if (def.osType === 'hvm') lines.push(`builder = "hvm"`, `boot = "c"`);
  else lines.push(`kernel = "${def.kernel ?? '/boot/vmlinuz-xen'}"`, `root = "/dev/xvda ro"`);
  lines.push(`disk = [ ${def.disks.map((d) => `'file:${d.source},${d.target},w'`).join(', ')} ]`);
  lines.push(`vif = [ ${def.interfaces.map((n) => `'mac=${n.mac},bridge=${n.source}'`).join(', ')} ]`);
  lines.push(`on_poweroff = "${def.onPoweroff}"`, `on_reboot = "${def.onReboot}"`, `on_crash = "${def.onCrash}"`);
  return `${lines.join('\n')}\n`;
}

/** Reads xend-config.sxp's settings back (what `xend restart` does); unknown lines are ignored, as xend does. */
export function parseXendConfigSxp(text: string, base: XendConfig): XendConfig {
  const out: XendConfig = { ...base };
  for (const line of text.split('\n')) {
    const m = /^\s*\(([\w-]+)\s+(?:'([^']*)'|"([^"]*)"|([^)\s]*))\s*\)/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const key = m[1] as keyof XendConfig;
    if (!(key in base)) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    (out as unknown as Record<string, string | number>)[key] = typeof base[key] === 'number' ? Number(value) : value;
  }
  return out;
}
