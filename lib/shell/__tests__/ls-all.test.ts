import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

function root() {
  const c = new Console(undefined, 'kvm1');
  c.run('echo x > /root/.inputrc; echo y > /root/f');
  return c;
}

/** GNU ls: dot files hidden unless -a (with . and ..) or -A; -d lists the directory itself (was: -a, -A, -d ignored). */
describe('ls -a, -A, -d', () => {
  it('a dot file is hidden from a plain ls; -a shows it with . and ..; -A without them', () => {
    expect(root().run('ls -1 /root').out).toBe('f\n');
    expect(root().run('ls -1a /root').out).toBe('.\n..\n.inputrc\nf\n');
    expect(root().run('ls -1A /root').out).toBe('.inputrc\nf\n');
  });

  it('ls -la counts . and .. in its total; -ld describes the directory, not its files', () => {
    const la = root().run('ls -la /root').out.split('\n');
    expect(la[0]).toBe('total 16');
    expect(la[1]).toMatch(/^drwxr-xr-x 2 root root 4096 .* \.$/);
    expect(root().run('ls -d /etc/libvirt').out).toBe('/etc/libvirt\n');
    expect(root().run('ls -ld /etc/libvirt').out).toMatch(/^drwxr-xr-x 2 root root 4096 .* \/etc\/libvirt\n$/);
  });
});
