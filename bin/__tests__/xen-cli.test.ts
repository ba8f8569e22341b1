import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const run = (tool: 'xm' | 'xl', args: string[], env: Record<string, string> = {}) =>
  spawnSync('node', [`dist/${tool}.mjs`, ...args], {
    encoding: 'latin1',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });

describe('the xm / xl bins (dist/*.mjs)', () => {
  it('xm list prints the lab host xen1 with Domain-0 first', () => {
    const r = run('xm', ['list']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(
      'Name                                        ID   Mem VCPUs      State   Time(s)',
    );
    expect(r.stdout.split('\n')[1]).toMatch(/^Domain-0 {37}0 {2}2048 {5}2 {5}r-----/);
    expect(r.stdout).toContain('pv-web');
  }, 60_000);

  it('exits as xm does: status 1 for an unknown subcommand, 3 for an unknown domain; no stack trace', () => {
    const r = run('xm', ['autostart', 'pv-web']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Error: Subcommand autostart not found!\n');
    const d = run('xm', ['pause', 'ghost']);
    expect(d.status).toBe(3);
    expect(d.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('XEN_HOST selects the host; VIRTLAB_WORLD keeps the lab between runs; files outside /etc/xen are real', () => {
    const xen2 = run('xl', ['list'], { XEN_HOST: 'xen2' });
    expect(xen2.stdout).toContain('pv-app');
    expect(run('xl', ['list'], { XEN_HOST: 'nohost' })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("no lab host 'nohost'"),
    });
    const dir = mkdtempSync(join(tmpdir(), 'virtlab-xen-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const state = join(dir, 'world.json');
    expect(run('xm', ['pause', 'pv-web'], { VIRTLAB_WORLD: state }).status).toBe(0);
    expect(run('xm', ['list', 'pv-web'], { VIRTLAB_WORLD: state }).stdout).toContain('--p---');
    expect(run('xl', ['save', 'hvm-win', join(dir, 'hvm.xl')], { VIRTLAB_WORLD: state }).status).toBe(0);
    expect(readFileSync(join(dir, 'hvm.xl'), 'latin1').startsWith('Xen saved domain, xl format')).toBe(true);
  }, 120_000);
});
