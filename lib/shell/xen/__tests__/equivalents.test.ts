import { describe, expect, it } from 'vitest';
import { virshCommand, virshCommands } from '../../virsh/registry';
import { virshCommandSpec } from '../../virsh/options';
import { xlCommands, xlCommandByName } from '../../xl/registry';
import { xlCmdTable } from '../../xl/help-data.gen';
import { xmCommands, xmCommandByName, xmRealCommands } from '../../xm/registry';

/** The subcommand a template names: `xm mem-set {domain} {size-mib}` → mem-set. */
const subcommand = (template: string, tool: string) => {
  const words = template.split(' ');
  expect(words[0]).toBe(tool);
  return words[1];
};

describe('equivalent commands: virsh ↔ xm ↔ xl', () => {
  /** Real xm/xl subcommands that virsh's table names but VirtLab does not simulate yet. */
  const NOT_YET = ['sched-credit', 'block-list', 'network-list'];

  it('every xm template of a virsh command names an xm subcommand: simulated, or a known gap', () => {
    for (const v of virshCommands) {
      if (typeof v.xm !== 'string') continue;
      const name = subcommand(v.xm, 'xm');
      expect(xmRealCommands, `virsh ${v.name} → ${v.xm}`).toContain(name);
      if (!NOT_YET.includes(name)) expect(xmCommandByName(name), `virsh ${v.name} → ${v.xm}`).toBeDefined();
    }
  });

  it('every xl template of a virsh command names an xl subcommand: simulated, or a known gap', () => {
    for (const v of virshCommands) {
      if (typeof v.xl !== 'string') continue;
      const name = subcommand(v.xl, 'xl');
      expect(
        xlCmdTable.map((t) => t.name),
        `virsh ${v.name} → ${v.xl}`,
      ).toContain(name);
      if (!NOT_YET.includes(name)) expect(xlCommandByName(name), `virsh ${v.name} → ${v.xl}`).toBeDefined();
    }
  });

  it('every xm and xl command names a virsh command, or says why there is none', () => {
    for (const c of [...xmCommands, ...xlCommands]) {
      if (typeof c.virsh !== 'string') {
        expect(c.virsh.none.length).toBeGreaterThan(10);
        continue;
      }
      const name = subcommand(c.virsh, 'virsh');
      expect(virshCommand(name) ?? virshCommandSpec(name), `${c.name} → ${c.virsh}`).toBeDefined();
    }
  });

  it('where virsh names an xm command, that command points back to the same virsh action', () => {
    const pairs = [
      ['suspend', 'pause'],
      ['resume', 'unpause'],
      ['managedsave', 'suspend'],
      ['setmem', 'mem-set'],
      ['setvcpus', 'vcpu-set'],
      ['vcpupin', 'vcpu-pin'],
      ['undefine', 'delete'],
      ['define', 'new'],
    ];
    for (const [virsh, xm] of pairs) {
      expect(virshCommand(virsh)!.xm).toMatch(new RegExp(`^xm ${xm} `));
      expect(xmCommandByName(xm)!.virsh).toMatch(new RegExp(`^virsh ${virsh} `));
    }
  });

  it("registries carry each tool's own usage and summary, and every name exists in the real tool", () => {
    expect(xmCommandByName('pause')).toMatchObject({ usage: '<Domain>', summary: 'Pause execution of a domain.' });
    expect(xlCommandByName('mem-set')!.usage).toBe("<Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>");
    expect(xmCommandByName('migrate')!.options).toContain('-l, --live           Use live migration.');
    for (const c of xmCommands) expect(xmRealCommands).toContain(c.name);
    for (const c of xlCommands) expect(xlCmdTable.map((t) => t.name)).toContain(c.name);
  });

  it('has no autostart in xm or xl: the virsh entry says to link the config into /etc/xen/auto', () => {
    expect(xmRealCommands).not.toContain('autostart');
    expect(xlCmdTable.map((t) => t.name)).not.toContain('autostart');
    expect(virshCommand('autostart')!.xm).toEqual({ none: expect.stringContaining('/etc/xen/auto') });
  });
});
