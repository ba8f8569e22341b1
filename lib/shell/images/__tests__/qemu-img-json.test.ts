import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../host-fs';
import { infoJson } from '../qemu-img-info';
import { Console } from '../../xen/__tests__/lab';

/** `qemu-img info --output=json` (was: the human form whatever --output said). */
describe('qemu-img info --output=json as qemu-img 7.2', () => {
  it('a savevm snapshot has its VM state and clock and no icount; the date is whole seconds', () => {
    const json = JSON.parse(
      infoJson(
        memoryFs({}, () => {}),
        'd.qcow2',
        {
          format: 'qcow2',
          virtualSize: 1 << 30,
          allocated: 200704,
          snapshots: [{ id: 1, tag: 'up', date: 1_796_000_000, vm: { size: 301_234_567, clockMs: 83_456 } }],
        },
        false,
      ),
    );
    expect(json.snapshots).toEqual([
      {
        'vm-clock-nsec': 456_000_000,
        name: 'up',
        'date-sec': 1_796_000_000,
        'date-nsec': 0,
        'vm-clock-sec': 83,
        id: '1',
        'vm-state-size': 301_234_567,
      },
    ]);
    expect(Object.keys(json.snapshots[0])[0]).toBe('vm-clock-nsec');
  });

  it('a relative backing file is found from the overlay’s folder; a non-ASCII name is escaped as QEMU does', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('qemu-img create -q -f qcow2 /root/base.qcow2 1G');
    const made = c.run('qemu-img create -q -f qcow2 -b ../root/base.qcow2 -F qcow2 /tmp/over.qcow2');
    expect(made.status).toBe(0);
    const r = c.run('qemu-img info --output=json /tmp/over.qcow2');
    expect(r.out).toContain(
      '    "full-backing-filename": "/tmp/../root/base.qcow2",\n    "backing-filename": "../root/base.qcow2",\n',
    );
    c.run('qemu-img create -q -f raw /root/é.img 1M');
    expect(c.run('qemu-img info --output=json /root/é.img').out).toContain('"filename": "/root/\\u00E9.img",');
  });
});
