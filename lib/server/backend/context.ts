import { type BackendOptions, type Connection, libvirtUris, openConnections } from './connections';
import { saveDir } from './files';
import { BackendLog } from './log';

/** Everything the real backend holds: its connections and what it remembers of them. */
export interface Backend {
  connections: Connection[];
  log: BackendLog;
  readonly: boolean;
  saveDir: string;
}

export function createBackend(o: BackendOptions & { saveDir?: string }): Backend {
  return {
    connections: openConnections(o),
    log: new BackendLog(),
    readonly: !!o.readonly,
    saveDir: o.saveDir ?? saveDir(),
  };
}

let current: Backend | null = null;

/** The server's backend, from its environment; null when VIRTLAB_LIBVIRT_URI is unset (the mock lab). */
export function serverBackend(env = process.env): Backend | null {
  const uris = libvirtUris(env);
  if (uris.length === 0) return null;
  current ??= createBackend({ uris, readonly: env.VIRTLAB_LIBVIRT_READONLY === '1' });
  return current;
}

export const connectionOf = (b: Backend, host: string) => b.connections.find((c) => c.name === host) ?? null;
