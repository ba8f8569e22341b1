import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryFs } from '../host-fs';
import { runConsoleLine } from '../console';
import { virshMain } from '../virsh-main';
import { virshHelpCommands } from '../virsh/help-data.gen';
import { labWorld } from '../../sim/worlds/lab';

const words = fc.oneof(
  fc.constantFrom(...virshHelpCommands.map((c) => c.name)),
  fc.constantFrom(
    'test',
    '1',
    '6695eb01-f6a4-8304-79aa-97f2502e193f',
    '--live',
    '--config',
    '--all',
    '--mode',
    '0-2,^1',
    '1G',
    '-1',
    'x.sav',
    '""',
    "'",
    '"',
    ';',
    '\\',
    '--',
    '--=',
    '--domain=test',
    // names Object.prototype carries (a lookup by what was typed must not find them)
    'valueOf',
    'constructor',
    '__proto__',
    '$toString',
  ),
  fc.string({ maxLength: 8 }),
);
const line = fc.array(words, { maxLength: 8 }).map((w) => w.join(' '));

describe('bad input never crashes the shell', () => {
  it('virshMain answers any line with output and an exit status, never a stack trace', () => {
    fc.assert(
      fc.property(line, fc.boolean(), (l, argvForm) => {
        const fs = memoryFs({}, () => {});
        const r = virshMain({
          argv: ['-c', 'test:///default', ...(argvForm ? l.split(' ').filter(Boolean) : [l])],
          fs,
          now: 1_800_000_000_000,
        });
        expect([0, 1]).toContain(r.status);
        expect(r.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined is not/);
      }),
      { numRuns: 1500 },
    );
  });

  it('the console answers any line on every lab host', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kvm1', 'kvm2', 'xen1', 'xen2'),
        fc.constantFrom('virsh', 'xm', 'xl', 'cat', 'ls', 'grep'),
        line,
        (host, tool, l) => {
          const r = runConsoleLine({ world: labWorld(), host, line: `${tool} ${l}`, now: 1_800_000_000_000 });
          expect(typeof r.status).toBe('number');
          expect(r.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError/);
        },
      ),
      { numRuns: 800 },
    );
  });
});
