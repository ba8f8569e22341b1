import { resolveHost } from '../../../sim/relocation';
import { currentDef } from '../../../sim/world';
import { xenGuestConfig } from '../../../sim/worlds/xen-files';
import { XL_HANDSHAKE, XL_STARTED } from '../../migration-end';
import { runMigration, targetRefusal } from '../../xen/migrate';
import type { XlCtx } from '../context';
import { domainMakeFailed } from './create';
import { xlCommand } from './types';

/**
 * xl migrate (xl_cmdimpl.c migrate_domain): always live, over `ssh <host> xl migrate-receive`.
 * xend's relocation settings play no part; ssh must reach the host and xl must run there.
 */
const sshFailed = (c: XlCtx, line: string, status: number, pid: number) => {
  c.eprint(line);
  c.libxl(
    'libxl_utils.c:396:libxl_read_exactly',
    'file/stream truncated reading banner from migration receiver stream',
  );
  c.err += `libxl: info: libxl_exec.c:117:libxl_report_child_exitstatus: migration target process [${pid}] exited with error status ${status}\n`;
  return 3;
};

const migrate = xlCommand({
  name: 'migrate',
  virsh: 'virsh migrate --live {domain} xen+ssh://{target}/system',
  note: 'xl migrates live over ssh (there is no -l); the target must run xl (or xend must not be running there).',
  run(c, args) {
    const g = c.getopt(args, 'FC:s:e', { debug: { short: '\u0100', arg: false } }, 'migrate', 2);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const dst = g.params[1];
    const x = t.x;
    if (!x?.domain || t.id === 0) {
      c.eprint('No config file stored for running domain and none supplied - cannot migrate.\n');
      return 1;
    }
    const pid = 4000 + t.id;
    const target = resolveHost(c.world, c.host(), dst);
    if (!target) return sshFailed(c, `ssh: Could not resolve hostname ${dst}: Name or service not known\n`, 255, pid);
    if (!target.reachable) return sshFailed(c, `ssh: connect to host ${dst} port 22: Connection timed out\n`, 255, pid);
    if (!target.xen) return sshFailed(c, 'bash: xl: command not found\n', 127, pid);
    const config = xenGuestConfig(currentDef(x.domain));
    c.eprint('migration target: Ready to receive domain.\n');
    c.eprint(`Saving to migration stream new xl format (info 0x0/0x0/${config.length + 4})\n`);
    c.eprint(`Loading new save file <incoming migration stream> (new xl fmt info 0x0/0x0/${config.length + 4})\n`);
    c.eprint(' Savefile contains xl domain config\n');
    const refusal = target === c.host() ? null : targetRefusal(target, x.name, x.hvm);
    if (refusal === 'hvm') {
      domainMakeFailed(c);
      c.eprint('migration target: Domain creation failed (code -3).\n');
      c.eprint('migration sender: libxl_domain_suspend failed (rc=-3)\n');
      c.err += `libxl: info: libxl_exec.c:117:libxl_report_child_exitstatus: migration target process [${pid}] exited with error status 3\n`;
      c.eprint('Migration failed, resuming at sender.\n');
      return 3;
    }
    if (c.background) {
      // In the background (the migrate dialog) the job is left running: xl has printed the lines above,
      // the rest of its dialogue comes at the switch-over (decision 043); the job panel watches it.
      const r = runMigration(c.world, c.hostName, x.uuid, target.name, c.now, true, 'xl', false);
      if (!r.ok) {
        c.eprint('Migration failed, resuming at sender.\n');
        return 3;
      }
      c.world = r.world;
      return 0;
    }
    for (const l of XL_HANDSHAKE) c.eprint(`${l}\n`);
    if (refusal) {
      c.libxl('libxl.c:325:libxl__domain_rename', `domain with name "${x.name}" already exists.`);
      c.eprint('migration target: Failure, destroying our copy.\n');
      c.eprint('migration target: Cleanup OK, granting sender permission to resume.\n');
      c.eprint('migration sender: Target reports startup failure (status code 6).\n');
      c.eprint('migration sender: Trying to resume at our end.\n');
      c.eprint('migration sender: Resumed OK.\n');
      c.eprint('Migration failed due to problems at target.\n');
      return 3;
    }
    const r = runMigration(c.world, c.hostName, x.uuid, target.name, c.now, true, 'xl');
    if (!r.ok) {
      c.eprint('Migration failed, resuming at sender.\n');
      return 3;
    }
    c.world = r.world;
    c.now = r.now;
    for (const l of XL_STARTED) c.eprint(`${l}\n`);
    return 0;
  },
});

export const migrateCommands = [migrate];
