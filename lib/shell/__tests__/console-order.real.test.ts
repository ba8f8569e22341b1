import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../console';
import { lab, NOW } from '../xen/__tests__/lab';

/**
 * What real bash 5.2 shows on a terminal for `line`: run under a pseudo-terminal (util-linux's
 * `script`), so stdout and stderr arrive in the order written, stdout line buffered as on the console.
 */
function realTerminal(line: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-order-'));
  try {
    const r = spawnSync('script', ['-qec', line, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SHELL: '/bin/bash', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
      timeout: 30_000,
    });
    // polkit's notice when no agent runs on this machine is no part of virsh's output.
    return r.stdout.replaceAll('\r\n', '\n').replace(/^Authorization not available\..*\n/gm, '');
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** The lab console's terminal for `line`: its runs in order, and which stream each came on. */
function labTerminal(line: string, host = 'kvm1') {
  const r = runConsoleLine({ world: lab(), host, line, now: NOW, cwd: '/tmp' });
  return { text: r.output.map((c) => c.text).join(''), runs: r.output };
}

// Small scripts of bash's builtins standing in for the lab's tools (each word says its stream).
const LINES = [
  'echo o1; echo e2 >&2; echo o3',
  'echo e1 >&2; echo o2; echo e3 >&2',
  'echo o1 && echo e2 >&2 || echo o3; echo o4',
  'false || echo e1 >&2; echo o2',
  'printf o1; echo e2 >&2; echo o3',
  'echo e1 >&2 | cat; echo o2; echo e3 >&2',
  'echo o1 | cat; echo e2 >&2; echo o3 | cat',
  'echo e1 2>/dev/null >&2; echo e2 >&2; echo o3 >/dev/null; echo o4',
  'echo o1 2>&1; echo e2 2>&1 >&2; echo o3 >&2 2>/dev/null; echo o4',
  'echo o1 > f; echo e2 >&2; cat f; echo e4 >&2',
  'cat nosuch; echo o2; cat nosuch2 2>&1; echo o4',
  'ls /nope; echo after',
  'for w in o1 o2; do echo $w; echo e$w >&2 && echo $?; false || echo $?; done',
  'for w in; do echo never; done',
  'echo x > f; ls f /nope; ls /nope . f',
  // The GNU tools go operand by operand: an unreadable operand's error comes between the others' output.
  'echo A > a; echo B > b; cat a nosuch b; cat nosuch a; cat a nosuch b 2>&1 | cat',
  'echo A > a; echo B > b; head a nosuch b; tail a nosuch b; head -n 1 nosuch a',
  'echo A > a; echo B > b; wc a nosuch b; wc a nosuch; wc -l nosuch nosuch2',
  'echo A > a; echo B > b; grep . a nosuch b; grep . a / b; grep -c . nosuch a',
  // GNU sed does not flush before its error: on a terminal it lands after the whole lines written so far.
  'echo A > a; echo B > b; sed p a nosuch b; sed 2q a nosuch b; sed q a nosuch b; sed -n 1p nosuch a',
  "printf 'A1\\nA2' > c; echo B > b; sed p c nosuch b; sed -n '$p' c nosuch b nosuch2; sed p c nosuch b 2>&1 | cat",
  "echo A > a; echo B > b; sed -n '$p' a nosuch b nosuch2; sed '$d' a nosuch b; sed 1q a nosuch; sed '$q' a nosuch b; sed p nosuch",
];

describe('the console shows stdout and stderr in the order written, as bash 5.2 on a terminal', () => {
  it.each(LINES)('%s', (line) => {
    expect(labTerminal(line).text).toBe(realTerminal(line));
  });

  it('any list of builtins writing to either stream, with redirections and pipes (property against bash)', () => {
    const atom = fc.constantFrom(
      (n: number) => `echo o${n}`,
      (n: number) => `echo e${n} >&2`,
      (n: number) => `printf 'o${n} '`,
      (n: number) => `printf 'e${n}\\n' >&2`,
      (n: number) => `echo o${n} | cat`,
      (n: number) => `echo e${n} >&2 | cat`,
      (n: number) => `echo o${n} 2>&1 >/dev/null`,
      (n: number) => `echo e${n} 2>/dev/null`,
      () => 'false',
      () => 'true',
    );
    const item = fc.tuple(atom, fc.constantFrom('; ', ' && ', ' || '));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        const line = items.map(([a, sep], i) => `${a(i)}${i < items.length - 1 ? sep : ''}`).join('');
        expect(labTerminal(line).text).toBe(realTerminal(line));
      }),
      { numRuns: 40 },
    );
  });

  it('tags each run with its stream (the console colours stderr)', () => {
    expect(labTerminal('echo o1; echo e2 >&2; echo o3').runs).toEqual([
      { fd: 1, text: 'o1\n' },
      { fd: 2, text: 'e2\n' },
      { fd: 1, text: 'o3\n' },
    ]);
  });
});

// virsh as real virsh 9.0 writes it on a terminal (the test driver's world in both).
const VIRSH = [
  'virsh -c test:///default list; virsh -c test:///default dominfo nosuch; virsh -c test:///default list',
  "virsh -c test:///default 'list; domstate nosuch; list'",
  "virsh -c test:///default 'domstate test; domstate nosuch; domstate test'",
  'for d in test nosuch test; do virsh -c test:///default domstate $d; done',
  'virsh -c test:///default list | cat; virsh -c test:///default domstate nosuch 2>&1 | cat',
  'virsh -c test:///default domstate nosuch 2>/dev/null; virsh -c test:///default domstate nosuch >/dev/null',
  // virsh flushes stdout before each error (vshError): the order holds into a file or a pipe too.
  "virsh -c test:///default 'domstate test; domstate nosuch; domstate test' > /tmp/virtlab-order.txt 2>&1; cat /tmp/virtlab-order.txt",
  "virsh -c test:///default 'list; dominfo nosuch; list' 2>&1 | cat",
];

describe("virsh's order on the console, as real virsh's on a terminal", () => {
  it.each(VIRSH)('%s', (line) => {
    expect(labTerminal(line).text).toBe(realTerminal(line));
  });
});
