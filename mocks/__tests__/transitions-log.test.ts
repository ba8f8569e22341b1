import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/shell/console';
import { labWorld } from '@/lib/sim/worlds/lab';
import { actionOfLine, diffTransitions } from '../transitions-log';

describe('actionOfLine', () => {
  it('finds the virsh command past virsh options', () => {
    expect(actionOfLine('virsh -c qemu+ssh://kvm1.lab/system suspend web01')).toBe('suspend');
    expect(actionOfLine('virsh -q managedsave web01')).toBe('managedsave');
    expect(actionOfLine('virsh list --all')).toBeNull();
    expect(actionOfLine('xm pause pv-web')).toBeNull();
  });
});

describe('diffTransitions', () => {
  const run = (host: string, line: string) => {
    const before = labWorld();
    const r = runConsoleLine({ world: before, host, line, now: 1000 });
    const events = r.world.events.filter((e) => e.seq > before.eventSeq);
    return diffTransitions(before, r.world, events, line, 1000, 0);
  };
  it('records a typed virsh command as its action', () => {
    expect(run('kvm1', 'virsh start build01')).toEqual([expect.objectContaining({
      seq: 1, action: 'start', from: { state: 'shut off', reason: 'shutdown' }, to: { state: 'running', reason: 'booted' },
    })]);
  });
  it('names an xm command\'s transition from its lifecycle event', () => {
    expect(run('xen1', 'xm pause pv-web')).toEqual([expect.objectContaining({ action: 'suspend', to: { state: 'paused', reason: 'user' } })]);
  });
  it('records a reboot, which keeps running / booted', () => {
    expect(run('kvm1', 'virsh reboot web01')).toEqual([expect.objectContaining({ action: 'reboot', from: { state: 'running', reason: 'booted' } })]);
  });
  it('records nothing for a command that changes no state', () => {
    expect(run('kvm1', 'virsh dominfo web01')).toEqual([]);
  });
});
