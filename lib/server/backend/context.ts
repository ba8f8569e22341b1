import { type BackendOptions, type Connection, libvirtUris, openConnections } from './connections';
import { saveDir } from './files';
import { followEvents, parseEventLine } from '../virsh/events';
import { BackendLog } from './log';

/** Everything the real backend holds: its connections and what it remembers of them. */
export interface Backend {
  connections: Connection[];
  log: BackendLog;
  readonly: boolean;
  saveDir: string;
  /** Stops following each daemon's events (tests; the server follows them for its life). */
  stopEvents: (() => void)[];
}

export function createBackend(o: BackendOptions & { saveDir?: string }): Backend {
  const connections = openConnections(o);
  const log = new BackendLog();
  return {
    connections,
    log,
    readonly: !!o.readonly,
    saveDir: o.saveDir ?? saveDir(),
    stopEvents: connections.map((c) => streamEvents(c, log, o.binary)),
  };
}

/**
 * A daemon's events, as libvirt sends them (`virsh event --all --loop`), so changes made elsewhere
 * (another virsh, a guest powering off, the other side of a migration) reach the event log. The test
 * driver has no daemon: its guests live in our own virsh, and the log records what it sees change.
 */
function streamEvents(c: Connection, log: BackendLog, binary?: string): () => void {
  if (c.driver === 'test') return () => {};
  log.streamed.add(c.name);
  return followEvents({ uri: c.uri, readonly: c.readonly, binary }, (line) =>
    log.streamedEvent((id, time) => parseEventLine(line, c.name, id, time)),
  );
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
