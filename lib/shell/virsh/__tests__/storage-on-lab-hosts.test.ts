import { describe, expect, it } from 'vitest';
import { labWorld } from '../../../sim/worlds/lab';
import { runConsoleLine } from '../../console';

const run = (host: string, line: string) =>
  runConsoleLine({ world: labWorld(), host, line, now: Date.UTC(2026, 11, 6), cwd: '/root' });

/** Pools, volumes, node devices and host interfaces are modelled for the test driver only. */
describe('storage, node devices and interfaces on the lab hosts', () => {
  const lines = [
    'pool-list --all',
    'pool-info default',
    'pool-define-as p dir --target /p',
    'vol-list default',
    'vol-create-as default v 1G',
    'find-storage-pool-sources logical',
    'nodedev-list',
    'nodedev-dumpxml computer',
    'iface-list --all',
    'iface-begin',
  ];
  for (const host of ['kvm1', 'xen1'])
    for (const line of lines)
      it(`${host}: virsh ${line} says in one line that VirtLab does not model it`, () => {
        const r = run(host, `virsh ${line}`);
        const command = line.split(' ')[0];
        expect(r.stderr).toBe(`error: command '${command}' is not simulated by VirtLab\n`);
        expect(r.status).toBe(1);
      });

  it('the test driver answers the same commands', () => {
    const r = run('kvm1', "virsh -c test:///default 'pool-list --all; vol-list default-pool; iface-list'");
    expect(r.stdout).toContain(' default-pool   active   no');
    expect(r.stdout).toContain(' eth1   active   aa:bb:cc:dd:ee:ff');
    expect(r.stderr).toBe('');
  });
});
