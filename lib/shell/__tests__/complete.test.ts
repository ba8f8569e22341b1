import { describe, expect, it } from 'vitest';
import { completeLine } from '../complete';

const ctx = { domains: ['web01', 'db01', 'win10', 'my vm'], files: ['/root/web01.sav'] };

describe('completeLine', () => {
  it('completes tool names', () => {
    expect(completeLine('virs', ctx).line).toBe('virsh ');
    // virt-install and virt-clone share the prefix, as in a shell with virtinst installed.
    expect(completeLine('vir', ctx).candidates).toEqual(['virsh', 'virt-clone', 'virt-install']);
  });
  it('completes virsh commands and lists choices', () => {
    expect(completeLine('virsh susp', ctx).line).toBe('virsh suspend ');
    const r = completeLine('virsh set', ctx);
    expect(r.candidates).toEqual(expect.arrayContaining(['setmem', 'setmaxmem', 'setvcpus']));
  });
  it('completes domain names and options', () => {
    expect(completeLine('virsh suspend we', ctx).line).toBe('virsh suspend web01 ');
    expect(completeLine('virsh start my', ctx).line).toBe("virsh start 'my vm' ");
    expect(completeLine('virsh setmem web01 1G --li', ctx).line).toBe('virsh setmem web01 1G --live ');
    expect(completeLine('virsh list; virsh resume w', ctx).candidates).toEqual(['web01', 'win10']);
  });
  it('completes xm and xl subcommands from their registries', () => {
    expect(completeLine('xm unp', ctx).line).toBe('xm unpause ');
    expect(completeLine('xl vcpu-p', ctx).line).toBe('xl vcpu-pin ');
  });
  it('offers xl only running domains and xm also the managed shut-off ones (xl pause pv<Tab>)', () => {
    const xen = {
      domains: [
        { name: 'pv-web', state: 'running', persistent: true },
        { name: 'pv-db', state: 'shut off', persistent: true },
        { name: 'pv-tmp', state: 'shut off', persistent: false },
      ],
    };
    expect(completeLine('xl pause pv', xen).line).toBe('xl pause pv-web ');
    expect(completeLine('xm start pv', xen).candidates).toEqual(['pv-db', 'pv-web']);
    expect(completeLine('virsh start pv', xen).candidates).toEqual(['pv-db', 'pv-tmp', 'pv-web']);
  });
});
