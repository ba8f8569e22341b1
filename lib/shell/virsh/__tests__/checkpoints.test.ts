import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../host-fs';
import { virshMain } from '../../virsh-main';

const virsh = (line: string, now: number) =>
  virshMain({ argv: ['-c', 'test:///default', line], fs: memoryFs({}, () => {}), now });

describe('virsh checkpoints on the test driver', () => {
  it('a checkpoint without a name is named after the creation time in seconds; a second one that second clashes', () => {
    const r = virsh(
      'checkpoint-create-as test; checkpoint-create test; checkpoint-list test --name',
      1_796_545_069_500,
    );
    expect(r.stdout).toBe('Domain checkpoint 1796545069 created\n\n1796545069\n\n');
    expect(r.stderr).toBe('error: operation failed: domain moment 1796545069 already exists\n');
  });

  it('the newest checkpoint is the parent of the next; deleting a parent hands its children up', () => {
    const r = virsh(
      'checkpoint-create-as test a; checkpoint-create-as test b; checkpoint-create-as test c; checkpoint-delete test b; checkpoint-parent test c; checkpoint-info test a',
      0,
    );
    expect(r.stdout).toContain('Domain checkpoint b deleted\n\na\n');
    expect(r.stdout).toContain('Children:       1\nDescendants:    1\n');
  });
});
