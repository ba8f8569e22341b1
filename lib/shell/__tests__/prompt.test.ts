import { describe, expect, it } from 'vitest';
import { bashPrompt, typedAt } from '../prompt';

describe("root's prompt on a lab host (Debian's PS1)", () => {
  it('is user@host:dir# with the home directory as ~', () => {
    expect(bashPrompt('kvm1')).toBe('root@kvm1:~#');
    expect(bashPrompt('xen1', '/root/images')).toBe('root@xen1:~/images#');
    expect(bashPrompt('kvm2', '/etc/xen')).toBe('root@kvm2:/etc/xen#');
    expect(bashPrompt('kvm2', '/rootless')).toBe('root@kvm2:/rootless#');
  });
  it("precedes a typed line as the console shows it (not RHEL's [root@kvm1 ~]#)", () => {
    expect(typedAt('kvm1', 'virsh list --all')).toBe('root@kvm1:~# virsh list --all');
  });
});
