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
import { stdioLines } from './test-auth';

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
  /** The text of the inputrc readline reads ($INPUTRC, else ~/.inputrc); none: Debian's /etc/inputrc. */
  inputrc?: string;
  /** The init file's name in readline's errors: $INPUTRC as given, else `~/.inputrc`. */
  inputrcName?: string;
  /** The lab host whose root shell runs virsh: its hypervisor answers qemu:///system or xen:///system. */
  localHost?: string;
  /** The next read(2) of standard input, at most 4096 bytes ('' at its end), for a program that streams it. */
  stdinBlock?: () => string;
}

/** virsh's own options and its connection: a session ready for commands, or what virsh printed before it ended. */
export function openVirsh(
  input: VirshMainInput,
):
  | { ok: true; s: Session; io: Streams; commands: ParsedCommand[] | null; stdinTaken: number }
  | { ok: false; out: Output & { world: World | null } } {
  const io = new Streams();
  const args = parseVirshArgv(input.argv);
  if (args.exit) {
    const e = args.exit;
    if (e.kind === 'error') {
      io.error(e.message);
      return { ok: false, out: done(io, 1, null) };
    }
    io.print(e.kind === 'help' ? virshUsage() : e.kind === 'version' ? '9.0.0\n' : virshLongVersion);
    return { ok: false, out: done(io, 0, null) };
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
    localHost: input.localHost,
    connect: connectUri,
    background: input.background,
    utf8: input.utf8,
    inputrc: input.inputrc,
    inputrcName: input.inputrcName,
  };
  // The auth callback's fgets reads standard input a block at a time; what it read is gone for readline.
  let taken = 0;
  const block =
    input.stdinBlock ??
    (() => {
      const b = (input.stdin ?? '').slice(taken, taken + 4096);
      taken += b.length;
      return b;
    });
  s.credentials = { prompt: (text) => io.print(text), line: stdioLines(block) };
  // virsh parses a command given as arguments while reading its options, before connecting:
  // a line that fails to parse runs nothing and opens no connection.
  const rest = args.rest;
  let commands: ParsedCommand[] | null = null;
  if (rest.length > 0) {
    if (rest.length === 1 && rest[0] === '') return { ok: false, out: done(io, 1, null) };
    // One argument is a command string (split on ; and blanks); several are one command's words.
    const parsed = rest.length === 1 ? parseVirshLine(rest[0]) : parseVirshWords([rest]);
    if (!parsed.ok) {
      for (const e of parsed.errors) io.error(e);
      return { ok: false, out: done(io, 1, null) };
    }
    commands = parsed.commands;
  }
  const conn = connectUri(args.uri, s);
  if (!conn.ok) {
    io.err += connectWarning(args.uri, input.fs, conn.error);
    io.error('failed to connect to the hypervisor');
    io.error(conn.error.message);
    return { ok: false, out: done(io, 1, null) };
  }
  s.world = advanceJobs(conn.value.world, input.now).world;
  s.host = conn.value.host;
  s.uri = conn.value.uri;
  // Read from a script, a later `connect` would share standard input with readline (not modelled): it reads none.
  if (!commands) s.credentials = { prompt: (text) => io.print(text), line: () => '' };
  return { ok: true, s, io, commands, stdinTaken: taken };
}

/** The virsh program: its own options, the connection, then argv, a command string or stdin. */
export function virshMain(input: VirshMainInput): Output & { world: World | null } {
  const open = openVirsh(input);
  return open.ok ? runVirshArgs(open.s, open.io, open.commands, (input.stdin ?? '').slice(open.stdinTaken)) : open.out;
}

/** After the connection: the commands given as arguments (parsed before connecting), else stdin. */
export function runVirshArgs(
  s: Session,
  io: Streams,
  commands: ParsedCommand[] | null,
  stdin: string,
): Output & { world: World | null } {
  if (!commands) return done(io, runInteractive(s, io, stdin), s.world);
  const r = runVirshCommands(s, commands, io);
  return done(io, r.status, s.world);
}

const done = (io: Streams, status: number, world: World | null) => ({
  stdout: io.out,
  stderr: io.err,
  notes: io.notes,
  chunks: io.chunks,
  status,
  world,
});
