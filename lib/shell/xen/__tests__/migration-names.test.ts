import { describe, expect, it } from 'vitest';
import { migrationJobOf } from '../../../sim/ops/migrate/jobs';
import { XEN_SWITCHOVER_S } from '../../../sim/ops/migrate/switchover';
import type { World } from '../../../sim/types';
import { domainByName, requireHost } from '../../../sim/world';
import { labWorld } from '../../../sim/worlds/lab';
import { runConsoleLine } from '../../console';
import { runMigration } from '../migrate';

const T0 = 1_700_000_000_000;

/** pv-app leaves xen2 for xen1 by `via`, left running in the background; the plan's figures in ms. */
function started(via: 'xl' | 'xm') {
  const r = runMigration(labWorld(), 'xen2', uuidOf(labWorld()), 'xen1', T0, true, via, false);
  if (!r.ok) throw new Error(r.message);
  const job = migrationJobOf(domainByName(requireHost(r.world, 'xen2'), 'pv-app')!)!;
  const lastRound = job.plan.round_log[job.plan.round_log.length - 1];
  return {
    world: r.world,
    lastRoundAt: T0 + lastRound.start_s * 1000,
    transferEnd: T0 + job.plan.total_time_s * 1000,
  };
}
const uuidOf = (w: World) => domainByName(requireHost(w, 'xen2'), 'pv-app')!.uuid;

/** The line on `host` at `now`: its stdout's rows naming pv-app in any form, squeezed to single spaces. */
function rows(world: World, host: string, line: string, now: number) {
  const out = runConsoleLine({ world, host, line, now });
  expect(out.status).toBe(0);
  return out.stdout
    .split('\n')
    .filter((l) => l.includes('pv-app'))
    .map((l) => l.replace(/ +/g, ' ').replace(/\t/g, ' '));
}

describe('xl list on both hosts while xl migrates a guest (xl_migrate.c)', () => {
  const m = started('xl');

  it('during the transfer: the guest runs on the source; the target restores it as <name>--incoming, paused', () => {
    const at = T0 + 1000;
    expect(rows(m.world, 'xen2', 'xl list', at)).toEqual([expect.stringMatching(/^pv-app 1 512 1 r----- /)]);
    expect(rows(m.world, 'xen1', 'xl list', at)).toEqual([expect.stringMatching(/^pv-app--incoming 3 512 1 --p--- /)]);
  });

  it('in the last round the save stream has suspended it on the source (shutdown, reason suspend)', () => {
    expect(m.lastRoundAt).toBeLessThan(m.transferEnd);
    expect(rows(m.world, 'xen2', 'xl list', (m.lastRoundAt + m.transferEnd) / 2)).toEqual([
      expect.stringMatching(/^pv-app 1 512 1 ---ss- /),
    ]);
  });

  it('after the target acknowledges: <name>--migratedaway on the source until destroyed; the guest runs on the target', () => {
    const at = m.transferEnd + 500;
    expect(rows(m.world, 'xen2', 'xl list', at)).toEqual([
      expect.stringMatching(/^pv-app--migratedaway 1 512 1 --pss- /),
    ]);
    expect(rows(m.world, 'xen1', 'xl list', at)).toEqual([expect.stringMatching(/^pv-app 3 512 1 r----- /)]);
    // virsh on the source (libvirt's own state) still holds it, paused by the migration.
    expect(
      runConsoleLine({ world: m.world, host: 'xen2', line: 'virsh domstate pv-app --reason', now: at }).stdout,
    ).toBe('paused (migrating)\n\n');
  });

  it('once the source has destroyed its copy, only the target lists it', () => {
    const at = m.transferEnd + XEN_SWITCHOVER_S * 1000 + 1;
    expect(rows(m.world, 'xen2', 'xl list', at)).toEqual([]);
    expect(rows(m.world, 'xen1', 'xl list', at)).toEqual([expect.stringMatching(/^pv-app 3 512 1 r----- /)]);
  });
});

describe('xm list while xend migrates a guest (XendCheckpoint.save/restore)', () => {
  const m = started('xm');

  it('xend renames the source migrating-<name> for the whole save; the target restores it under its name, paused', () => {
    const at = T0 + 1000;
    expect(rows(m.world, 'xen2', 'xm list', at)).toEqual([expect.stringMatching(/^migrating-pv-app 1 512 1 r----- /)]);
    expect(rows(m.world, 'xen1', 'xm list', at)).toEqual([expect.stringMatching(/^pv-app 3 512 1 --p--- /)]);
    // xl reads the same names from xenstore.
    expect(rows(m.world, 'xen2', 'xl list', at)).toEqual([expect.stringMatching(/^migrating-pv-app 1 /)]);
    // The name is gone on the source: xend looks it up as any other.
    const byOld = runConsoleLine({ world: m.world, host: 'xen2', line: 'xm domid pv-app', now: at });
    expect(byOld.stderr).toBe("Error: Domain 'pv-app' does not exist.\n");
  });

  it('suspended for the last round and the switch-over (xm: s); then only its managed definition is left', () => {
    expect(rows(m.world, 'xen2', 'xm list', (m.lastRoundAt + m.transferEnd) / 2)).toEqual([
      expect.stringMatching(/^migrating-pv-app 1 512 1 ---s-- /),
    ]);
    const switching = m.transferEnd + 500;
    expect(rows(m.world, 'xen2', 'xm list', switching)).toEqual([
      expect.stringMatching(/^migrating-pv-app 1 512 1 --ps-- /),
    ]);
    expect(rows(m.world, 'xen1', 'xm list', switching)).toEqual([expect.stringMatching(/^pv-app 3 512 1 r----- /)]);
    expect(rows(m.world, 'xen2', 'xm list', m.transferEnd + XEN_SWITCHOVER_S * 1000 + 1)).toEqual(['pv-app 512 1 0.0']);
  });
});

describe('a failed Xen migration gives the guest its name back', () => {
  it('a link cut during the transfer: the target drops <name>--incoming, the source resumes it as <name>', () => {
    const m = started('xl');
    const uuid = uuidOf(m.world);
    const cutAt = m.lastRoundAt;
    const cut = cutWorld(m.world, uuid, (cutAt - T0) / 1000);
    expect(rows(cut, 'xen2', 'xl list', cutAt + 10)).toEqual([expect.stringMatching(/^pv-app 1 512 1 r----- /)]);
    expect(rows(cut, 'xen1', 'xl list', cutAt + 10)).toEqual([]);
  });

  it('xend renames migrating-<name> back when the save fails', () => {
    const m = started('xm');
    const cut = cutWorld(m.world, uuidOf(m.world), 1);
    expect(rows(cut, 'xen2', 'xm list', T0 + 1500)).toEqual([expect.stringMatching(/^pv-app 1 512 1 r----- /)]);
  });

  it('a link cut during the switch-over changes nothing: the handshake is over, the destroy is local', () => {
    const m = started('xl');
    const cut = cutWorld(m.world, uuidOf(m.world), (m.transferEnd - T0) / 1000 + 0.5);
    const after = m.transferEnd + XEN_SWITCHOVER_S * 1000 + 1;
    expect(rows(cut, 'xen2', 'xl list', after)).toEqual([]);
    expect(rows(cut, 'xen1', 'xl list', after)).toEqual([expect.stringMatching(/^pv-app 3 512 1 r----- /)]);
  });
});

describe('libvirt (virsh migrate on the libxl driver) renames nothing', () => {
  it('xl list on the target shows the guest under its own name while it arrives', () => {
    const out = runConsoleLine({
      world: labWorld(),
      host: 'xen2',
      line: 'virsh migrate --live pv-app xen+ssh://xen1.lab/system',
      now: T0,
      background: true,
    });
    expect(out.status).toBe(0);
    expect(rows(out.world, 'xen1', 'xl list', T0 + 1000)).toEqual([expect.stringMatching(/^pv-app 3 512 1 --p--- /)]);
    expect(rows(out.world, 'xen2', 'xl list', T0 + 1000)).toEqual([expect.stringMatching(/^pv-app 1 512 1 r----- /)]);
  });
});

/** The job's link breaks `atS` seconds in (as POST …/job/cut records it). */
function cutWorld(world: World, uuid: string, atS: number): World {
  return {
    ...world,
    hosts: world.hosts.map((h) =>
      h.name !== 'xen2'
        ? h
        : {
            ...h,
            domains: h.domains.map((d) => {
              const job = migrationJobOf(d);
              return d.uuid === uuid && job
                ? { ...d, job: { ...job, request: { ...job.request, linkCutAtS: atS } } }
                : d;
            }),
          },
    ),
  };
}
