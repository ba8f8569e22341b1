import { checkRelocation } from '../../../sim/relocation';
import { findHost } from '../../../sim/world';
import { runMigration, targetRefusal } from '../../xen/migrate';
import { gnuGetopt } from '../../xen/getopt';
import { fault, noDomain, optionError, sysExit } from '../exits';
import { xmHelpData } from '../help-data.gen';
import { xentop } from '../../xen/xentop';
import { HVM_REQUIRED } from './lifecycle';
import { argCheck, usageExit, xmCommand } from './types';

const console = xmCommand({
  name: 'console',
  virsh: 'virsh console {domain}',
  note: 'Runs xenconsole on your terminal (Ctrl+] detaches). The lab console is not a terminal: xenconsole reads end-of-file at once and returns.',
  run(c, args) {
    const bad = argCheck(c, args, 'console', 1, 3);
    if (bad) return bad;
    const g = gnuGetopt(args, 'qn:', ['quiet', 'num']);
    if (!g.ok) {
      c.error(g.error);
      return usageExit(c, 'console');
    }
    if (g.params.length !== 1) {
      c.error('No domain given');
      return usageExit(c, 'console');
    }
    const quiet = g.opts.some(([k]) => k === '-q' || k === '--quiet');
    const dom = g.params[0];
    const x = c.lookup(dom);
    if (!x) return quiet ? sysExit(1) : noDomain(dom);
    if (x.id === null) return quiet ? sysExit(1) : fault(`Domain '${dom}' is not started`);
    if (x.id === 0) {
      c.err += "Can't specify Domain-0\n";
      return { kind: 'exit-status', status: 22 };
    }
  },
});

const top = xmCommand({
  name: 'top',
  virsh: { none: 'virsh has no top; virt-top is a separate program' },
  note: 'xm top only runs xentop, a full-screen program; the lab console shows one frame of its screen.',
  run(c, args) {
    const bad = argCheck(c, args, 'top', 0);
    if (bad) return bad;
    // os.system('xentop'): xentop draws its screen on the terminal until q.
    c.print(xentop([], c.host(), c.now).stdout);
  },
});

const migrate = xmCommand({
  name: 'migrate',
  virsh: 'virsh migrate --live {domain} xen+ssh://{target}/system',
  note: "The target's xend must accept relocations: xend-relocation-server, -port, -address and -hosts-allow in /etc/xen/xend-config.sxp.",
  run(c, args) {
    const use = xmHelpData.moduleUse.migrate;
    const g = gnuGetopt(args, 'hlp:n:sc', ['help', 'live', 'port=', 'node=', 'ssl', 'change_home_server']);
    if (!g.ok) return optionError(g.error, use);
    const opt = (...k: string[]) => g.opts.find(([o]) => k.includes(o));
    if (opt('-h', '--help')) return;
    if (g.params.length !== 2) return optionError('Invalid number of arguments');
    const portText = opt('-p', '--port')?.[1];
    if (portText !== undefined && !/^\s*[+-]?\d+\s*$/.test(portText))
      return optionError(`option -p: invalid integer: '${portText}'`, use);
    const [dom, dst] = g.params;
    const x = c.lookup(dom);
    if (!x) return noDomain(dom);
    if (x.id === 0) return fault(`Cannot migrate privileged domain ${dom}`);
    if (x.id === null || (x.state !== 'running' && x.state !== 'idle') || !x.domain)
      return fault('Domain is not running');
    if (opt('-c', '--change_home_server') && !x.domain.config) return fault('Domain is not a managed domain');
    const live = !!opt('-l', '--live');
    const reloc = checkRelocation(c.world, c.hostName, dst, {
      port: Number(portText ?? 0),
      domid: x.id,
      live,
      hvm: x.hvm,
    });
    if (!reloc.ok) return fault(reloc.error.message);
    const target = findHost(c.world, reloc.value.target)!;
    const refusal = target.name === c.hostName ? null : targetRefusal(target, x.name, x.hvm);
    if (refusal === 'hvm') return fault(`${HVM_REQUIRED} (from ${dst})`);
    if (refusal) return fault(`VM name '${x.name}' already exists as domain ${refusal.clashId} (from ${dst})`);
    const r = runMigration(c.world, c.hostName, x.uuid, target.name, c.now, live, 'xm', !c.background);
    if (!r.ok) return fault(`Restore failed (from ${dst})`);
    c.world = r.world;
    c.now = r.now;
  },
});

export const otherCommands = [console, top, migrate];
