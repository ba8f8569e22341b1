import { execFileSync } from 'node:child_process';
import { createBackend, type Backend } from '@/lib/server/backend/context';
import { serve } from '@/lib/server/backend/serve';
import { refusal } from '@/lib/server/guard';
import { testDefaultWorld } from '@/lib/sim/worlds/test-default';
import { call as mockCall, startLab } from './migrate-helpers';

/**
 * The same requests against both backends: the mock lab holding test:///default's world
 * (lib/sim/worlds/test-default.ts), and the server's real backend over virsh -c test:///default —
 * a fresh virsh session per test, so each starts from the driver's built-in world too.
 */
export interface ApiClient {
  name: 'mock' | 'libvirt';
  call<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
  close(): void;
}

export const hasVirsh = (() => {
  try {
    execFileSync('virsh', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export function mockClient(): ApiClient {
  startLab(() => testDefaultWorld());
  return { name: 'mock', call: (m, p, b) => mockCall(m, p, b), close: () => {} };
}

export function libvirtClient(
  o: { readonly?: boolean; saveDir?: string; env?: Record<string, string> } = {},
): ApiClient & { backend: Backend } {
  const backend = createBackend({ uris: ['test:///default'], readonly: o.readonly, saveDir: o.saveDir ?? '/tmp' });
  return {
    name: 'libvirt',
    backend,
    async call(method, path, body, headers = {}) {
      const request = new Request(`http://127.0.0.1:3000/api${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const r = refusal(request, { NODE_ENV: 'test', ...o.env }) ?? (await serve(backend, request));
      return { status: r.status, body: await r.json() };
    },
    close: () => {
      for (const c of backend.connections) c.virsh.close();
    },
  };
}
