import type { Output, Session } from '../session';
import { Streams } from '../session';
import { tokenize } from '../tokenize';
import { CmdCtx } from './context';
import { parseVirshCommand, type ParsedCommand } from './options';
import { virshCommand } from './registry';
import { emptyRequired } from './string-req';

/** Parses a whole line first: virsh runs nothing from a line that fails to parse. */
export function parseVirshLine(
  line: string,
): { ok: true; commands: ParsedCommand[] } | { ok: false; errors: string[] } {
  const t = tokenize(line);
  const parsed = parseVirshWords(t.commands);
  // vshCommandParse checks each command as its words end: an earlier command's error comes first,
  // and so does an error in a word of the unfinished command (checked as it is read).
  if (!t.ok && parsed.ok) {
    const partial = t.partial.length ? parseVirshWords([t.partial]) : parsed;
    const wordError = !partial.ok && !/^(expected syntax|command '.*' requires)/.test(partial.errors[0]);
    return { ok: false, errors: wordError ? partial.errors : [t.error] };
  }
  return parsed;
}

export function parseVirshWords(
  words: string[][],
): { ok: true; commands: ParsedCommand[] } | { ok: false; errors: string[] } {
  const commands: ParsedCommand[] = [];
  for (const w of words) {
    const p = parseVirshCommand(w);
    if (!p.ok) return p;
    commands.push(p.command);
  }
  return { ok: true, commands };
}

/** vshCommandRun reconnects to the session's URI before a command that needs a connection. */
function reconnect(s: Session, io: Streams): boolean {
  const r = s.connect(s.uri, s);
  if (!r.ok) {
    io.error('failed to connect to the hypervisor');
    io.error(r.error.message);
    return false;
  }
  s.world = r.value.world;
  s.host = r.value.host;
  s.uri = r.value.uri;
  return true;
}

/** Runs parsed commands as vshCommandRun does: each followed by a blank line, status of the last. */
export function runVirshCommands(
  s: Session,
  commands: ParsedCommand[],
  io = new Streams(),
): Output & { quit: boolean } {
  let ok = true;
  io.lastError = s.lastError ?? null;
  for (const cmd of commands) {
    const def = virshCommand(cmd.name);
    const ctx = new CmdCtx(s, cmd.opts, io, cmd.name, def?.api);
    // A libvirt error left by an earlier command survives only commands that need no connection
    // (echo, pwd, help): any other drops it before it runs, connect too (seeds 521, 529).
    if (def && (!def.noConnect || cmd.name === 'connect')) io.lastError = null;
    if (!def) {
      ok = false;
      io.error(`command '${cmd.name}' is not simulated by VirtLab`);
    } else if (!def.noConnect && !s.host && !reconnect(s, io)) {
      ok = false;
    } else if (def.before && !def.before(ctx)) {
      ok = false;
    } else {
      // vshCommandOptStringReq: a named or positional option given as "" is refused on use.
      const empty = emptyRequired(cmd.opts, 'before', cmd.name);
      if (empty) {
        io.error(`Failed to get option '${empty}': Option argument is empty`);
        ok = false;
      } else ok = def.run(ctx);
    }
    const last = io.lastError as { message: string } | null;
    if (!ok && last) {
      io.error(last.message);
      io.lastError = null;
    }
    s.lastError = io.lastError;
    if (cmd.name === 'quit' || cmd.name === 'exit')
      return { stdout: io.out, stderr: io.err, notes: io.notes, chunks: io.chunks, status: ok ? 0 : 1, quit: true };
    // The simulator runs a command in no time worth measuring; -t still shows the line.
    if (s.timing) io.print('\n(Time: 0.100 ms)\n\n');
    else if (!s.quiet) io.print('\n');
  }
  return { stdout: io.out, stderr: io.err, notes: io.notes, chunks: io.chunks, status: ok ? 0 : 1, quit: false };
}

/** One line typed at `virsh #` or passed as `virsh 'cmd; cmd'`. */
export function runVirshLine(s: Session, line: string): Output & { quit: boolean } {
  const p = parseVirshLine(line);
  if (!p.ok) return { stdout: '', stderr: p.errors.map((e) => `error: ${e}\n`).join(''), status: 1, quit: false };
  return runVirshCommands(s, p.commands);
}
