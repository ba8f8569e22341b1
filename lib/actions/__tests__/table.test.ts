import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import { virshArgv } from '@/lib/api/commands';
import { migrateArgv } from '@/lib/api/migrate-command';
import { parseVirshCommand } from '@/lib/shell/virsh/options';
import { transitions } from '@/lib/sim/transitions';
import { AFFECT_MODES, type AffectMode, type ArgsOf, type UiActionId } from '../args';
import { argvOf, fieldsOf, oneClickActions, uiActionIds, uiActions } from '../table';

const modes = Object.keys(AFFECT_MODES) as AffectMode[];

/** Arguments for every row, covering each optional field; a new row needs its samples here. */
const samples: { [K in UiActionId]: ArgsOf[K][] } = {
  start: [{}, { paused: true }, { forceBoot: true }, { paused: true, forceBoot: true }],
  shutdown: [{}],
  reboot: [{}],
  reset: [{}],
  destroy: [{}],
  suspend: [{}],
  resume: [{}],
  save: [{ file: 'web01.save' }, { file: '/root/w.save', restoreAs: 'running' }, { file: 'w', restoreAs: 'paused' }],
  managedsave: [{}, { restoreAs: 'running' }, { restoreAs: 'paused' }],
  restore: [{ file: '/root/web01.save' }, { file: '/root/web01.save', restoreAs: 'paused' }],
  undefine: [{}],
  setmem: [{ size: 3, unit: 'GiB' }, ...modes.map((mode) => ({ size: 512, unit: 'MiB' as const, mode }))],
  setmaxmem: [{ size: 4194304, unit: 'KiB', mode: 'config' }],
  setvcpus: [{ count: 2 }, { count: 4, mode: 'config', maximum: true }, ...modes.map((mode) => ({ count: 1, mode }))],
  vcpupin: [
    { vcpu: 0, cpulist: '2-3' },
    ...modes.filter((m) => m !== 'live+config').map((mode) => ({ vcpu: 1, cpulist: '^0', mode })),
  ],
  autostart: [{ enable: true }, { enable: false }],
  domrename: [{ newName: 'web02' }],
  migrate: [{ target: 'kvm2' }, { target: 'kvm2', live: true }],
};
const cases = uiActionIds.flatMap((id) => samples[id].map((args) => ({ id, args }) as { id: UiActionId; args: never }));

describe('the UI action table', () => {
  it('has a row for every action of the transition table', () => {
    // The trainer's crash is no command (decision 055): its button posts …/crash, not a virsh line.
    for (const t of transitions) if (t.action !== 'crash') expect(uiActionIds, t.action).toContain(t.action);
  });

  it('runs at once or after a confirmation only what the transition table enables or disables', () => {
    // A button without a form reads its availability (and "why not") from the transition table.
    const lifecycle = transitions.map((t) => t.action as string);
    for (const id of uiActionIds) if (uiActions[id].opens !== 'form') expect(lifecycle, id).toContain(id);
  });

  it("runs commands virsh's own grammar accepts, named as the action", () => {
    for (const { id, args } of cases) {
      const argv = argvOf(id, 'web01', args, { uriOf: (h) => `qemu+ssh://${h}.lab/system` });
      expect(argv[0], id).toBe(id);
      const parsed = parseVirshCommand(argv);
      expect(parsed.ok, `${argv.join(' ')}: ${parsed.ok ? '' : parsed.errors.join('; ')}`).toBe(true);
    }
  });

  it('gives every row a stable label key, an English label and a tone', () => {
    for (const id of uiActionIds) {
      expect(uiActions[id].labelKey).toBe(`action.${id}`);
      expect(uiActions[id].label.length, id).toBeGreaterThan(0);
      expect(['primary', 'secondary', 'danger']).toContain(uiActions[id].tone);
    }
    expect(oneClickActions).toEqual(uiActionIds.filter((id) => uiActions[id].opens === 'click'));
  });

  it('has each label in the messages: English word for word, Japanese keeping the … of a form', () => {
    const key = (id: UiActionId) => uiActions[id].labelKey.replace('action.', '') as UiActionId;
    for (const id of uiActionIds) {
      expect(en.action[key(id)], id).toBe(uiActions[id].label);
      expect(ja.action[key(id)].endsWith('…'), id).toBe(uiActions[id].opens === 'form');
    }
  });

  it('lets a form set every argument the command uses, and a one-click button none', () => {
    for (const { id, args } of cases) {
      const fields = fieldsOf(id, args);
      if (uiActions[id].opens !== 'form') {
        expect(fields, id).toEqual([]);
        continue;
      }
      // Each argument shows in the form: changing it (a flag flipped, a value left out) changes the fields.
      for (const [k, v] of Object.entries(args as Record<string, unknown>)) {
        const { [k]: _, ...rest } = args as Record<string, unknown>;
        const changed = typeof v === 'boolean' ? { ...rest, [k]: !v } : rest;
        expect(fieldsOf(id, changed as never), `${id}: ${k}`).not.toEqual(fields);
      }
    }
  });

  it("is what the API's buttons run, once the request is checked", () => {
    for (const { id, args } of cases) {
      if (id === 'migrate') continue;
      expect(virshArgv(id, 'web01', args)).toEqual({ ok: true, argv: argvOf(id, 'web01', args) });
    }
    expect(virshArgv('save', 'web01', {})).toEqual({ ok: false, message: 'save needs a file name' });
    expect(virshArgv('setmem', 'web01', { size: 3 })).toEqual({
      ok: false,
      message: 'setmem needs a unit: KiB, MiB or GiB',
    });
    expect(virshArgv('vcpupin', 'web01', { vcpu: 0, cpulist: ' ' }).ok).toBe(false);
  });

  it("migrates as the migrate dialog's virsh command does", () => {
    const target = { uri: 'qemu+ssh://kvm2.lab/system', hostname: 'kvm2.lab' };
    for (const args of samples.migrate)
      expect(argvOf('migrate', 'web01', args, { uriOf: () => target.uri })).toEqual(
        (migrateArgv('web01', { target: args.target, live: args.live }, target) as { argv: string[] }).argv,
      );
  });
});
