import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { followEvents, parseEventLine } from '../events';

describe('virsh event --all --loop', () => {
  it('reads lifecycle, job and migration lines; skips what the API has no type for', () => {
    expect(parseEventLine("event 'lifecycle' for domain 'web 01': Suspended Paused", 'kvm1', 'e1', 5)).toEqual({
      id: 'e1',
      time: 5,
      host: 'kvm1',
      domain: 'web 01',
      type: 'lifecycle',
      event: 'Suspended',
      detail: 'Paused',
      text: "event 'lifecycle' for domain 'web 01': Suspended Paused",
    });
    expect(parseEventLine("event 'job-completed' for domain 'db': ", 'kvm1', 'e2', 5)?.type).toBe('job');
    expect(parseEventLine("event 'reboot' for domain 'db'", 'kvm1', 'e3', 5)).toBeNull();
    expect(parseEventLine('events received: 3', 'kvm1', 'e4', 5)).toBeNull();
  });

  // Recorded from two real libvirtd 9.0 daemons while `virsh migrate --live tiny` ran between them
  // (README "On a real libvirt", docs/decisions/028-lessons-from-links-and-real-migration.md).
  it('reads what real daemons print during a live migration, on the source and on the target', () => {
    const read = (side: string) =>
      readFileSync(join(__dirname, `migration-events.${side}.txt`), 'utf8')
        .split('\n')
        .map((l, i) => parseEventLine(l, side, `e${i}`, 0))
        .filter((e) => e !== null)
        .map((e) => `${e.type} ${e.event} ${e.detail}`.trim());
    expect(read('source')).toEqual([
      "migration-iteration iteration: '1'",
      'lifecycle Suspended Migrated',
      "migration-iteration iteration: '2'",
      'lifecycle Stopped Migrated',
      'job',
    ]);
    expect(read('target')).toEqual(['lifecycle Started Migrated', 'lifecycle Resumed Migrated']);
  });

  it('follows the stream, and starts virsh again when it exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'virtlab-event-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bin = join(dir, 'virsh');
    writeFileSync(bin, `#!/bin/sh\necho "event 'lifecycle' for domain 'a': Started Booted ($*)"\n`);
    chmodSync(bin, 0o755);
    const lines: string[] = [];
    const stop = followEvents({ uri: 'qemu:///system', readonly: true, binary: bin }, (l) => lines.push(l), 50);
    await expect.poll(() => lines.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    stop();
    expect(lines[0]).toBe("event 'lifecycle' for domain 'a': Started Booted (-c qemu:///system -r event --all --loop)");
  });
});
