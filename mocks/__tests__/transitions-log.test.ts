import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/shell/console';
import { labWorld } from '@/lib/sim/worlds/lab';
import { GUEST_REACTION_MS } from '@/lib/sim/ops/guest-request';
import { advanceLab } from '../advance';
import { actionOfLine } from '../line-action';
import { freshLab } from '../store';
import { runLine } from '../run-line';
import { diffTransitions } from '../transitions-log';

describe('actionOfLine', () => {
  it('finds the virsh command past virsh options', () => {
    expect(actionOfLine('virsh -c qemu+ssh://kvm1.lab/system suspend web01')).toBe('suspend');
    expect(actionOfLine('virsh -q managedsave web01')).toBe('managedsave');
    expect(actionOfLine('virsh list --all')).toBeNull();
    expect(actionOfLine('xm pause pv-web')).toBeNull();
  });

  it('sees virsh started by its file, through env or after assignments as virsh itself', () => {
    expect(actionOfLine('/usr/bin/virsh start web01')).toBe('start');
    expect(actionOfLine('/bin/virsh -c qemu:///system suspend web01')).toBe('suspend');
    expect(actionOfLine('./virsh start web01', '/usr/bin')).toBe('start');
    expect(actionOfLine('../bin/virsh destroy web01', '/usr/sbin')).toBe('destroy');
    expect(actionOfLine('env virsh start web01')).toBe('start');
    expect(actionOfLine('env -i LANG=C /usr/bin/virsh resume web01')).toBe('resume');
    expect(actionOfLine('LANG=ja_JP.UTF-8 virsh shutdown web01')).toBe('shutdown');
    // Not virsh: another file of that name, a directory's relative path from elsewhere.
    expect(actionOfLine('./virsh start web01', '/root')).toBeNull();
    expect(actionOfLine('/root/virsh start web01')).toBeNull();
    expect(actionOfLine('env list')).toBeNull();
    expect(actionOfLine('command virsh start web01')).toBe('start');
    expect(actionOfLine('command -v virsh')).toBeNull();
    expect(actionOfLine('command -p virsh start web01')).toBe('start');
    expect(actionOfLine('command -p -- virsh destroy web01')).toBe('destroy');
    expect(actionOfLine('command -pv virsh')).toBeNull();
  });

  it('a reset by the file in /usr/bin is a reset on the diagram (running to running: only the line names it)', () => {
    for (const [line, cwd] of [
      ['./virsh reset web01', '/usr/bin'],
      ['/usr/bin/virsh reset web01', '/root'],
      ['virsh reset web01', '/root'],
    ]) {
      const r = runLine(freshLab(1000), { host: 'kvm1', line, cwd, now: 2000, source: 'console' });
      expect(r.transcript.stdout).toBe("Domain 'web01' was reset\n\n");
      expect(r.transitions, line).toEqual([
        expect.objectContaining({ action: 'reset', from: expect.objectContaining({ state: 'running' }) }),
      ]);
    }
  });
});

describe('diffTransitions', () => {
  const run = (host: string, line: string) => {
    const before = labWorld();
    const r = runConsoleLine({ world: before, host, line, now: 1000 });
    const events = r.world.events.filter((e) => e.seq > before.eventSeq);
    return diffTransitions(before, r.world, events, line, actionOfLine(line), 1000, 0);
  };
  it("names only the line's own host's changes after the line: the other end of a migration goes by its events", () => {
    const t0 = labWorld();
    const started = runConsoleLine({
      world: t0,
      host: 'kvm1',
      line: 'virsh migrate web01 qemu+ssh://kvm2.lab/system',
      now: 1000,
      background: true,
    });
    const line = 'virsh destroy web01';
    const r = runConsoleLine({ world: started.world, host: 'kvm2', line, now: 2000 });
    const events = r.world.events.filter((e) => e.seq > started.world.eventSeq);
    expect(events.map((e) => `${e.host} ${e.event} ${e.detail}`)).toEqual([
      'kvm2 Stopped Destroyed',
      'kvm1 Job Failed: the domain on the destination was destroyed',
      'kvm1 Resumed Migrated',
    ]);
    const ts = diffTransitions(started.world, r.world, events, line, actionOfLine(line), 2000, 0, 'kvm2');
    // kvm2's arriving copy is gone (no "after" to diff); kvm1's guest resumed because the migration
    // failed: its event (Resumed Migrated) names the migration's arrow, not the resume button's.
    expect(ts).toEqual([
      expect.objectContaining({
        host: 'kvm1',
        action: 'migrate',
        from: { state: 'paused', reason: 'migrating' },
        to: { state: 'running', reason: 'migration canceled' },
      }),
    ]);
  });

  it('records a typed virsh command as its action', () => {
    expect(run('kvm1', 'virsh start build01')).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'start',
        from: { state: 'shut off', reason: 'shutdown' },
        to: { state: 'running', reason: 'booted' },
      }),
    ]);
  });
  it("names an xm command's transition from its lifecycle event", () => {
    expect(run('xen1', 'xm pause pv-web')).toEqual([
      expect.objectContaining({ action: 'suspend', to: { state: 'paused', reason: 'user' } }),
    ]);
  });
  it('records a reboot, which keeps running / booted, when the guest answers it', () => {
    // The line only asks the guest: nothing moves yet.
    expect(run('kvm1', 'virsh reboot web01')).toEqual([]);
    const asked = runConsoleLine({ world: labWorld(), host: 'kvm1', line: 'virsh reboot web01', now: 1000 }).world;
    const lab = advanceLab({ ...freshLab(0), world: asked }, 1000 + GUEST_REACTION_MS);
    expect(lab.transitions).toEqual([
      expect.objectContaining({
        action: 'reboot',
        command: 'virsh reboot web01',
        from: { state: 'running', reason: 'booted' },
        to: { state: 'running', reason: 'booted' },
      }),
    ]);
  });
  it('records nothing for a command that changes no state', () => {
    expect(run('kvm1', 'virsh dominfo web01')).toEqual([]);
  });
});
