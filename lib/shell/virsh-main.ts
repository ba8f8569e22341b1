import type { World } from '../sim/types';
import { advanceJobs } from '../sim/ops/migrate';
import { connectUri } from './connect';
import type { HostFs } from './host-fs';
import type { Output, Session } from './session';
import { Streams } from './session';
import { tokenize } from './tokenize';
import { parseVirshWords, runVirshCommands, runVirshLine } from './virsh/run';

export interface VirshMainInput {
  /** Arguments after `virsh`. */
  argv: string[];
  stdin?: string;
  fs: HostFs;
  now: number;
  localHostname?: string;
  /** A world to connect into (the browser's lab); without it every URI starts its own world. */
  world?: World;
}

const BANNER = "Welcome to virsh, the virtualization interactive terminal.\n\nType:  'help' for help with commands\n       'quit' to quit\n\n";

/** The virsh program: its own options, the connection, then argv, a command string or stdin. */
export function virshMain(input: VirshMainInput): Output & { world: World | null } {
  const io = new Streams();
  let uri: string | null = null;
  let quiet = false, readonly = false;
  const args = [...input.argv];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    const name = long ? long[1] : a.slice(1, 2);
    const takesValue = ['c', 'connect', 'd', 'debug', 'e', 'escape', 'k', 'keepalive-interval', 'K', 'keepalive-count', 'l', 'log'].includes(name);
    let value: string | undefined = long ? long[2] : a.length > 2 ? a.slice(2) : undefined;
    if (takesValue && value === undefined) {
      if (i + 1 >= args.length) { io.error(`option '${a}' requires an argument. See --help.`); return done(io, 1, null); }
      value = args[++i];
    }
    if (name === 'c' || name === 'connect') uri = value!;
    else if (name === 'q' || name === 'quiet') quiet = true;
    else if (name === 'r' || name === 'readonly') readonly = true;
    else if (name === 'v' || (name === 'version' && (value === undefined || value === 'short'))) { io.print('9.0.0\n'); return done(io, 0, null); }
    else if (takesValue || name === 't' || name === 'timing') continue;
    else { io.error(`unsupported option '${a}'. See --help.`); return done(io, 1, null); }
  }
  const rest = args.slice(i);
  const s: Session = {
    world: input.world ?? { version: 1, hosts: [], events: [], eventSeq: 0 }, host: null, uri: null, fs: input.fs, now: input.now,
    quiet, readonly, localHostname: input.localHostname ?? 'localhost', connect: connectUri,
  };
  const conn = connectUri(uri, s);
  if (!conn.ok) {
    const m = /^test:\/\/(\/.*)$/.exec(uri ?? '');
    const warning = m && !input.fs.read(m[1]).ok ? `I/O warning : failed to load external entity "${m[1]}"\n` : '';
    io.err += warning;
    io.error('failed to connect to the hypervisor');
    io.error(conn.error.message);
    return done(io, 1, null);
  }
  s.world = advanceJobs(conn.value.world, input.now).world; s.host = conn.value.host; s.uri = conn.value.uri;

  if (rest.length === 0) {
    io.print(BANNER);
    for (const line of (input.stdin ?? '').split('\n').slice(0, (input.stdin ?? '').endsWith('\n') ? -1 : undefined)) {
      io.print(`virsh # ${line}\n`);
      const r = runVirshLine(s, line);
      io.out += r.stdout; io.err += r.stderr;
      if (r.quit) return done(io, 0, s.world);
    }
    io.print('virsh # \n');
    return done(io, 0, s.world);
  }
  let words: string[][];
  if (rest.length === 1) {
    const t = tokenize(rest[0]);
    if (!t.ok) { io.error(t.error); return done(io, 1, s.world); }
    words = t.commands;
  } else {
    words = [rest];
  }
  const parsed = parseVirshWords(words);
  if (!parsed.ok) { parsed.errors.forEach((e) => io.error(e)); return done(io, 1, s.world); }
  const r = runVirshCommands(s, parsed.commands, io);
  return done(io, r.status, s.world);
}

const done = (io: Streams, status: number, world: World | null) => ({ stdout: io.out, stderr: io.err, status, world });
