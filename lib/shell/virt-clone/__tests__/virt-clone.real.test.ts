import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';

const hasVirtClone = spawnSync('virt-clone', ['--version']).status === 0;

/**
 * virt-clone's refusals, from the real virt-clone against libvirt's test driver (where "test" is
 * running) and from the lab's kvm1 (where web01 is): the same words with the names swapped.
 */
const LINES = [
  '--original RUNNING --auto-clone',
  '--original nope --auto-clone',
  '--original RUNNING',
  '--auto-clone',
  '--original RUNNING --bogus',
];

describe('virt-clone in the lab refuses as virt-clone 4.1 does', () => {
  if (!hasVirtClone) {
    console.warn('virt-clone is not installed: the comparison with the real tool did not run (install virtinst)');
    it('cannot compare without virt-clone (install virtinst)', () => expect(hasVirtClone).toBe(false));
    return;
  }
  for (const line of LINES) {
    it(`virt-clone ${line}`, () => {
      const real = spawnSync(
        'virt-clone',
        ['--connect', 'test:///default', ...line.replace('RUNNING', 'test').split(' ')],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      const lab = new Console(undefined, 'kvm1').run(`virt-clone ${line.replace('RUNNING', 'web01')}`);
      expect({ out: lab.out, err: lab.err.replaceAll('web01', 'test'), status: lab.status }).toEqual({
        out: real.stdout,
        err: real.stderr,
        status: real.status,
      });
    });
  }
});
