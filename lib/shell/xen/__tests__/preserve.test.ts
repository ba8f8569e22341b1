import { describe, expect, it } from 'vitest';
import type { World } from '../../../sim/types';
import { labWorld } from '../../../sim/worlds/lab';
import { runConsoleLine } from '../../console';

const T0 = 1_700_000_000_000;

/** Runs lines on xen2 in order, each `afterMs` after the one before; returns the world and each output. */
function session(lines: [number, string][], world: World = labWorld()) {
  let w = world;
  let now = T0;
  const out: Record<string, { stdout: string; stderr: string; status: number }> = {};
  for (const [afterMs, line] of lines) {
    now += afterMs;
    const r = runConsoleLine({ world: w, host: 'xen2', line, now });
    w = r.world;
    out[line] = { stdout: r.stdout, stderr: r.stderr, status: r.status };
  }
  return { world: w, now, out };
}

const row = (stdout: string) =>
  stdout
    .split('\n')
    .find((l) => l.startsWith('pv-app'))
    ?.replace(/\s+/g, ' ');

describe('on_poweroff / on_reboot preserve on a Xen host: libxl keeps the shut-down domain (xl_vmcontrol.c, libxlDomainShutdownThread)', () => {
  it('after the guest powers off it is still listed with its id: xl list ---s--, virsh list shut off; start refuses', () => {
    const s = session([
      [0, 'virsh set-lifecycle-action pv-app poweroff preserve --live'],
      [0, 'virsh shutdown pv-app'],
      [5000, 'xl list'],
      [0, 'xm list'],
      [0, 'virsh list'],
      [0, 'virsh domstate pv-app --reason'],
      [0, 'virsh domid pv-app'],
      [0, 'virsh start pv-app'],
      [0, 'virsh domrename pv-app pv-app2'],
    ]);
    expect(row(s.out['xl list'].stdout)).toBe('pv-app 1 512 1 ---s-- 0.0');
    expect(s.out['virsh domrename pv-app pv-app2'].stderr).toBe(
      'error: Requested operation is not valid: cannot rename active domain\n',
    );
    expect(row(s.out['xm list'].stdout)).toBe('pv-app 1 512 1 ---s-- 0.0');
    expect(s.out['virsh list'].stdout).toContain(' 1    pv-app   shut off\n');
    expect(s.out['virsh domstate pv-app --reason'].stdout).toBe('shut off (shutdown)\n\n');
    expect(s.out['virsh domid pv-app'].stdout).toBe('1\n\n');
    // virsh's own check (cmdStart): the domain still has an id.
    expect(s.out['virsh start pv-app']).toMatchObject({ status: 1, stderr: 'error: Domain is already active\n' });
  });

  it('it keeps its memory until xl destroy frees it; then it is an ordinary shut-off definition', () => {
    const s = session([
      [0, 'virsh set-lifecycle-action pv-app poweroff preserve --live'],
      [0, 'xm info'],
      [0, 'virsh shutdown pv-app'],
      [5000, 'xl info'],
      [0, 'xl destroy pv-app'],
      [0, 'xl list'],
      [0, 'virsh list --all'],
      [0, 'virsh start pv-app'],
    ]);
    const free = (text: string) => Number(/^free_memory\s*:\s*(\d+)/m.exec(text)?.[1]);
    expect(free(s.out['xl info'].stdout)).toBe(free(s.out['xm info'].stdout));
    expect(s.out['xl destroy pv-app'].status).toBe(0);
    expect(row(s.out['xl list'].stdout)).toBeUndefined();
    expect(s.out['virsh list --all'].stdout).toContain(' -    pv-app   shut off\n');
    expect(s.out['virsh start pv-app']).toMatchObject({ status: 0, stdout: "Domain 'pv-app' started\n\n" });
  });

  it('a reboot preserved shows the reboot reason letter (xl list ---sr-); virsh destroy frees it: Stopped Destroyed', () => {
    const s = session([
      [0, 'virsh set-lifecycle-action pv-app reboot preserve --live'],
      [0, 'virsh reboot pv-app'],
      [5000, 'xl list'],
      [0, 'virsh destroy pv-app'],
      [0, 'virsh domstate pv-app --reason'],
      [0, 'xl list -v'],
    ]);
    expect(row(s.out['xl list'].stdout)).toBe('pv-app 1 512 1 ---sr- 0.0');
    expect(s.out['virsh destroy pv-app']).toMatchObject({ status: 0, stdout: "Domain 'pv-app' destroyed\n\n" });
    expect(s.out['virsh domstate pv-app --reason'].stdout).toBe('shut off (destroyed)\n\n');
    expect(row(s.out['xl list -v'].stdout)).toBeUndefined();
  });
});
