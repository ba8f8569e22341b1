/**
 * Issue 9: every virsh 9.0 command answers on test:///default as real virsh does, so none may say
 * "not simulated by VirtLab". The commands that still do are listed in not-simulated.ts; this
 * test fails when another one says it, and when a listed one no longer does (remove it then).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeHostFs } from '../lib/node/host-fs';
import { virshHelpCommands } from '../lib/shell/virsh/help-data.gen';
import { virshMain } from '../lib/shell/virsh-main';
import { notSimulated } from './not-simulated';

const dir = mkdtempSync(join(tmpdir(), 'virtlab-coverage-'));
writeFileSync(join(dir, 'dev.xml'), "<disk type='file' device='disk'/>\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const value: Record<string, string> = { domain: 'test', file: 'dev.xml', network: 'default', cmd: 'info' };

function answer(name: string): string {
  const spec = virshHelpCommands.find((c) => c.name === name)!;
  const args = [name];
  for (const o of spec.options)
    if (o.required && o.positional) args.push(value[o.name] ?? (o.type === 'number' ? '1' : 'x'));
  const r = virshMain({ argv: ['-c', 'test:///default', ...args], fs: nodeHostFs(dir), now: Date.now() });
  return r.stderr;
}

describe('virsh commands on test:///default', () => {
  const saying = virshHelpCommands.map((c) => c.name).filter((n) => answer(n).includes('not simulated by VirtLab'));
  it('answer as the test driver does, except the listed ones not modelled yet', () => {
    expect(saying.filter((n) => !notSimulated.includes(n))).toEqual([]);
  });
  it('the list of commands not modelled yet holds only commands that still say so', () => {
    expect(notSimulated.filter((n) => !saying.includes(n))).toEqual([]);
  });
});
