import { describe, expect, it } from 'vitest';
import type { UiAction } from '@/lib/actions/args';
import { clickArgv } from '@/lib/actions/table';
import { virshArgv } from '@/lib/api/commands';
import { labWorld } from '@/lib/sim/worlds/lab';
import { stepCommand } from '../commands';
import { lessonOutline } from '../outline';
import { lessons } from '../registry';

const clicks: UiAction[] = lessons.flatMap((l) => l.steps.flatMap((s) => ('ui' in s.do ? [s.do.ui] : [])));

describe('UI actions', () => {
  it("pass the API's checks as they are and run the words the step shows", () => {
    expect(clicks.length).toBeGreaterThan(10);
    for (const ui of clicks) {
      if (ui.action === 'migrate') continue; // the migration endpoint checks its own (lib/api/migrate-command.ts)
      const api = virshArgv(ui.action, ui.domain, ui.args);
      expect(api.ok, `${ui.action} ${ui.domain}: ${api.ok ? '' : api.message}`).toBe(true);
      if (api.ok) expect(api.argv).toEqual(clickArgv(ui));
    }
  });

  it("turn a migration click into virsh migrate with the target's URI", () => {
    const ui: UiAction = { action: 'migrate', host: 'kvm1', domain: 'web01', args: { target: 'kvm2', live: true } };
    expect(stepCommand({ ui }, labWorld())).toEqual({
      host: 'kvm1',
      line: 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system',
      source: 'button',
    });
  });

  it('keep a typed line as typed, on its host', () => {
    expect(stepCommand({ console: "grep -E 'vmx|svm' /proc/cpuinfo", host: 'kvm2' })).toEqual({
      host: 'kvm2',
      line: "grep -E 'vmx|svm' /proc/cpuinfo",
      source: 'console',
    });
  });

  it("run on a host of the lesson's world, naming a domain there", () => {
    for (const l of lessons) {
      const w = l.world();
      for (const s of l.steps) {
        const host = 'ui' in s.do ? s.do.ui.host : s.do.host;
        expect(
          w.hosts.some((h) => h.name === host),
          `${l.id} › ${s.id}: no host ${host}`,
        ).toBe(true);
      }
      expect(
        w.hosts.some((h) => h.name === l.host),
        `${l.id}: console host ${l.host}`,
      ).toBe(true);
    }
  });
});

describe('lesson outlines', () => {
  it("are plain JSON with every step's command line", () => {
    for (const l of lessons) {
      const o = lessonOutline(l);
      expect(JSON.parse(JSON.stringify(o))).toEqual(o);
      expect(o.steps.map((s) => s.id)).toEqual(l.steps.map((s) => s.id));
      for (const s of o.steps) expect(s.command.line.length, `${l.id} › ${s.id}`).toBeGreaterThan(0);
    }
  });
});
