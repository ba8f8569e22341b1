import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../console';
import { labWorld } from '../../../sim/worlds/lab';

const run = (host: string, line: string) =>
  runConsoleLine({ world: labWorld(), host, line, now: 1_000_000, background: true });

describe('virsh migrate flag rules', () => {
  it('libxl refuses the flags its driver does not take, naming the bits', () => {
    expect(run('xen1', 'virsh migrate --live --auto-converge --postcopy pv-web xen+ssh://xen2.lab/system').stderr).toBe(
      'error: unsupported flags (0xa000) in function libxlDomainMigrateBegin3Params\n',
    );
  });

  it('post-copy needs a live migration that does not leave the guest paused', () => {
    const msg = 'error: argument unsupported: post-copy migration is not supported with non-live or paused migration\n';
    expect(run('kvm1', 'virsh migrate --postcopy web01 qemu+ssh://kvm2.lab/system').stderr).toBe(msg);
    expect(run('kvm1', 'virsh migrate --live --postcopy --suspend web01 qemu+ssh://kvm2.lab/system').stderr).toBe(msg);
  });

  it('virsh refuses --timeout on a non-live migration before it starts (cmdMigrate)', () => {
    const r = run('kvm1', 'virsh migrate --timeout 5 web01 qemu+ssh://kvm2.lab/system');
    expect(r.stderr).toBe('error: migrate: Unexpected timeout for offline migration\n');
    expect(r.world.hosts.find((h) => h.name === 'kvm1')!.domains.every((d) => !d.job)).toBe(true);
  });

  it('--auto-converge does nothing to a non-live migration; --bandwidth 0 means no cap', () => {
    const r = run('kvm1', 'virsh migrate --auto-converge --bandwidth 0 web01 qemu+ssh://kvm2.lab/system');
    expect(r.status).toBe(0);
    const web01 = r.world.hosts.find((h) => h.name === 'kvm1')!.domains.find((d) => d.live?.name === 'web01')!;
    expect(web01).toMatchObject({ state: 'paused', reason: 'migrating' });
    expect(web01.job?.kind).toBe('migration');
  });
});
