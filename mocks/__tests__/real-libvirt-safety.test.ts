import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ActionResult, ApiDomain, ApiErrorBody, ShellResult } from '@/lib/api/contract';
import { type ApiClient, hasVirsh, libvirtClient } from './both-backends';

if (!hasVirsh)
  console.warn(
    '\n*** virsh is missing: real-libvirt-safety.test.ts is SKIPPED (apt-get install libvirt-clients) ***\n',
  );

/**
 * A file the hostile names below would create (in the working directory: libvirt refuses a '/' in
 * a name) if any shell ever read them.
 */
const dir = mkdtempSync(join(tmpdir(), 'virtlab-pwn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pwned = 'virtlab-pwned';
const hostile = [
  `--x;$(touch ${pwned})`,
  `a';touch ${pwned};'`,
  `"$(touch ${pwned})"`,
  `\`touch ${pwned}\``,
  '-c',
  '--config',
];

let api: (ApiClient & { backend?: unknown }) | null = null;
afterEach(() => {
  api?.close();
  rmSync(pwned, { force: true });
});

const act = (a: ApiClient, domain: string, action: string, body: unknown = {}) =>
  a.call<ActionResult & ApiErrorBody>(
    'POST',
    `/hosts/test/domains/${encodeURIComponent(domain)}/actions/${action}`,
    body,
  );

describe.skipIf(!hasVirsh)('hostile names and files on real virsh', () => {
  for (const name of hostile) {
    it(`a domain renamed ${JSON.stringify(name)} is started and read as that name, and nothing else runs`, async () => {
      api = libvirtClient({ saveDir: dir });
      expect((await act(api, 'test', 'destroy')).status).toBe(200);
      const renamed = await act(api, 'test', 'domrename', { newName: name });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      const started = await act(api, name, 'start');
      expect(started.status, JSON.stringify(started.body)).toBe(200);
      expect(started.body.domain).toMatchObject({ name, state: 'running', reason: 'booted' });
      const page = await api.call<ApiDomain>('GET', `/hosts/test/domains/${encodeURIComponent(name)}`);
      expect(page.body.xml.live).toContain('<name>');
      expect(existsSync(pwned)).toBe(false);
    });
  }

  it('a name with a line break cannot reach virsh: the rename is refused and nothing changes', async () => {
    api = libvirtClient({ saveDir: dir });
    await act(api, 'test', 'destroy');
    const r = await act(api, 'test', 'domrename', { newName: 'a\nb' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('line break');
    expect((await api.call<ApiDomain>('GET', '/hosts/test/domains/test')).body.state).toBe('shut off');
  });

  it('save files stay in the save folder; a hostile file name reaches libvirt as a name, and fails there', async () => {
    api = libvirtClient({ saveDir: dir });
    const outside = await act(api, 'test', 'restore', { file: '/etc/passwd' });
    expect([outside.status, outside.body.error.message]).toEqual([
      400,
      `file must be a name in ${dir} (this server keeps save images there)`,
    ]);
    const r = await act(api, 'test', 'restore', { file: `x;$(touch ${pwned})'"` });
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    expect(r.body.error.transcript?.line).toBe(`virsh restore '${dir}/x;$(touch ${pwned})'\\''"'`);
    expect(r.body.error.message).toMatch(/No such file or directory|Failed to open/);
    expect(existsSync(join(dir, pwned)) || existsSync(pwned)).toBe(false);
  });

  it('the console runs allowed virsh commands only, one per line, never a shell', async () => {
    api = libvirtClient();
    const line = async (l: string) =>
      (await api!.call<ShellResult>('POST', '/shell', { host: 'test', line: l })).body.transcript;
    expect(await line('virsh list; virsh destroy test')).toMatchObject({
      status: 1,
      stderr: 'error: one virsh command per line on a real host\n',
    });
    expect(await line('virsh -c qemu:///system list')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('the server chooses the connection'),
    });
    expect(await line('virsh define /etc/passwd')).toMatchObject({
      status: 1,
      stderr: 'error: virsh define: not offered on a real host\n',
    });
    expect(await line(`sh -c 'touch ${pwned}'`)).toMatchObject({
      status: 1,
      stderr: 'error: sh: only virsh runs on a real host (no shell)\n',
    });
    expect(await line(`virsh dominfo "$(touch ${pwned})"`)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining(`failed to get domain '$(touch ${pwned})'`),
    });
    expect(existsSync(pwned)).toBe(false);
    expect((await api.call<ApiDomain>('GET', '/hosts/test/domains/test')).body.state).toBe('running');
  });

  it('read-only (virsh -r): buttons say why they are disabled, and libvirt itself refuses a change', async () => {
    api = libvirtClient({ readonly: true });
    const d = await api.call<ApiDomain>('GET', '/hosts/test/domains/test');
    expect(d.body.actions.suspend).toEqual({
      allowed: false,
      why: 'suspend: this server connects read-only (virsh -r)',
      code: 'readOnly',
    });
    const r = await act(api, 'test', 'suspend');
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('read only access prevents virDomainSuspend');
  });
});

describe.skipIf(!hasVirsh)('who may call the real backend', () => {
  const call = (env: Record<string, string>, init: { headers?: Record<string, string>; method?: string } = {}) => {
    api = libvirtClient({ env });
    return api.call<ApiErrorBody>(init.method ?? 'GET', '/hosts', init.method ? {} : undefined, init.headers);
  };

  it('on loopback without a token: this machine only, and no other site', async () => {
    expect((await call({})).status).toBe(200);
    expect((await call({}, { headers: { host: 'evil.example:3000' } })).status).toBe(403);
    const cross = await call({}, { method: 'POST', headers: { origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
  });

  it('bound elsewhere: refused until a token is set; then the token is required', async () => {
    expect((await call({ VIRTLAB_BIND: '0.0.0.0' })).status).toBe(503);
    const env = { VIRTLAB_BIND: '0.0.0.0', VIRTLAB_API_TOKEN: 's3cret' };
    expect((await call(env)).status).toBe(401);
    expect((await call(env, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await call(env, { headers: { authorization: 'Bearer s3cret', host: 'lab.example:3000' } })).status).toBe(
      200,
    );
    expect((await call(env, { headers: { cookie: 'virtlab-token=s3cret', host: 'lab.example:3000' } })).status).toBe(
      200,
    );
  });
});
