import type { World } from '../sim/types';
import { advanceJobs } from '../sim/ops/migrate/advance';
import { connectUri, connectWarning } from './connect';
import type { HostFs } from './host-fs';
import type { Output, Session } from './session';
import { Streams } from './session';
import { parseVirshArgv } from './virsh/argv';
import { runInteractive } from './virsh/interactive';
import type { ParsedCommand } from './virsh/options';
import { parseVirshLine, parseVirshWords, runVirshCommands } from './virsh/run';
import { virshLongVersion, virshUsage } from './virsh/usage';

export interface VirshMainInput {
  /** Arguments after `virsh`. */
  argv: string[];
  stdin?: string;
  fs: HostFs;
  now: number;
  localHostname?: string;
  /** A world to connect into (the browser's lab); without it every URI starts its own world. */
  world?: World;
  /** The locale's charset is UTF-8 (LANG=…UTF-8); without it, the C locale's. */
  utf8?: boolean;
  /** Start jobs (migrate) and return without waiting for them. */
  background?: boolean;
}

/** The virsh program: its own options, the connection, then argv, a command string or stdin. */
export function virshMain(input: VirshMainInput): Output & { world: World | null } {
  const io = new Streams();
  const args = parseVirshArgv(input.argv);
  if (args.exit) {
    const e = args.exit;
    if (e.kind === 'error') {
      io.error(e.message);
      return done(io, 1, null);
    }
    io.print(e.kind === 'help' ? virshUsage() : e.kind === 'version' ? '9.0.0\n' : virshLongVersion);
    return done(io, 0, null);
  }
  for (const w of args.warnings) io.error(w);
  const s: Session = {
    world: input.world ?? { version: 1, hosts: [], events: [], eventSeq: 0 },
    host: null,
    uri: null,
    fs: input.fs,
    now: input.now,
    quiet: args.quiet,
    timing: args.timing,
    readonly: args.readonly,
    localHostname: input.localHostname ?? 'localhost',
    connect: connectUri,
    background: input.background,
    utf8: input.utf8,
  };
  // virsh parses a command given as arguments while reading its options, before connecting:
  // a line that fails to parse runs nothing and opens no connection.
  const rest = args.rest;
  let commands: ParsedCommand[] | null = null;
  if (rest.length > 0) {
    if (rest.length === 1 && rest[0] === '') return done(io, 1, null);
    // One argument is a command string (split on ; and blanks); several are one command's words.
    const parsed = rest.length === 1 ? parseVirshLine(rest[0]) : parseVirshWords([rest]);
    if (!parsed.ok) {
      for (const e of parsed.errors) io.error(e);
      return done(io, 1, null);
    }
    commands = parsed.commands;
  }
  const conn = connectUri(args.uri, s);
  if (!conn.ok) {
    io.err += connectWarning(args.uri, input.fs);
    io.error('failed to connect to the hypervisor');
    io.error(conn.error.message);
    return done(io, 1, null);
  }
  s.world = advanceJobs(conn.value.world, input.now).world;
  s.host = conn.value.host;
  s.uri = conn.value.uri;

  if (!commands) return done(io, runInteractive(s, io, input.stdin ?? ''), s.world);
  const r = runVirshCommands(s, commands, io);
  return done(io, r.status, s.world);
}

const done = (io: Streams, status: number, world: World | null) => ({ stdout: io.out, stderr: io.err, status, world });
