import { readFileSync, readSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { virshForEnv } from '../shell/l10n/ja';
import { messagesLanguage } from '../shell/l10n/locale';
import { runVirshLine } from '../shell/virsh/run';
import { beginInteractive, virshReader } from '../shell/virsh/interactive';
import { openVirsh, runVirshArgs } from '../shell/virsh-main';
import type { Session, Streams } from '../shell/session';
import type { MessageNote } from '../shell/l10n/message-note';
import { nodeHostFs } from './host-fs';
import { OrderedOutput, stdinChunks } from './stdin-chunks';

/** In a Japanese locale virsh's byte strings are translated as libvirt's catalogue has them. */
function localize(fd: 1 | 2, text: string, notes: readonly MessageNote[]): string {
  if (messagesLanguage(process.env) !== 'ja') return text;
  const utf8 = Buffer.from(text, 'latin1').toString('utf8');
  // A note's text is bytes as virsh printed them, like the stream's.
  const decoded = notes.map((n) => ({ ...n, text: Buffer.from(n.text, 'latin1').toString('utf8') }));
  const out = virshForEnv(process.env, { stdout: fd === 1 ? utf8 : '', stderr: fd === 2 ? utf8 : '', notes: decoded });
  return Buffer.from(fd === 1 ? out.stdout : out.stderr, 'utf8').toString('latin1');
}

/**
 * The init file readline reads (rl_read_init_file): $INPUTRC when set — a missing file then means
 * none at all — else ~/.inputrc; undefined when there is none (Debian's /etc/inputrc is read).
 */
function inputrc(): string | undefined {
  try {
    return readFileSync(process.env.INPUTRC || join(homedir(), '.inputrc'), 'latin1');
  } catch {
    return process.env.INPUTRC ? '' : undefined;
  }
}

/** One read(2) of standard input (at most 4096 bytes, '' at its end), waiting while a pipe is empty. */
function stdinBlock(): string {
  const buf = Buffer.alloc(4096);
  for (;;) {
    try {
      return buf.toString('latin1', 0, readSync(0, buf, 0, buf.length, null));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return '';
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/**
 * virsh as a program: a command in argv runs at once; otherwise commands come from standard
 * input, read as a stream (each line runs as it arrives, as virsh's readline loop does), or
 * from an interactive `virsh #` prompt on a terminal. Relative file names resolve against the
 * folder npm was started from (INIT_CWD).
 */
export async function runVirshCli(args: string[]): Promise<void> {
  // virsh reads its arguments as bytes, as it reads standard input: Node hands them over decoded.
  const argv = args.map((a) => Buffer.from(a, 'utf8').toString('latin1'));
  const input = {
    argv,
    fs: nodeHostFs(process.env.INIT_CWD ?? process.cwd()),
    now: Date.now(),
    localHostname: hostname(),
    inputrc: inputrc(),
    inputrcName: process.env.INPUTRC || '~/.inputrc',
    stdinBlock,
  };
  const open = openVirsh(input);
  const out = new OrderedOutput(localize);
  if (!open.ok || open.commands) {
    const r = open.ok ? runVirshArgs(open.s, open.io, open.commands, '') : open.out;
    out.add(1, r.stdout);
    out.add(2, r.stderr, r.notes);
    out.flush();
    process.exitCode = r.status;
    return;
  }
  const { s, io } = open;
  // virsh flushes its prompt and the echoed line before the command runs: stdout first.
  const drain = () => {
    out.add(1, io.out);
    out.add(2, io.err, io.notes);
    io.out = '';
    io.err = '';
    io.notes = [];
  };
  drain();
  if (process.stdin.isTTY) return promptLoop(s, io, out);
  const reader = virshReader(s, io, { before: () => (s.now = Date.now()), after: drain });
  // readline's complaints about the init file come when it starts, before its first prompt.
  drain();
  out.flush();
  for await (const chunk of stdinChunks(process.stdin)) {
    const quit = reader.feed(chunk);
    out.flush();
    if (quit) {
      process.stdin.destroy();
      return;
    }
  }
  reader.feed('', true);
  drain();
  out.flush();
}

/** A terminal: readline with history and the `virsh # ` prompt, output as each command ends. */
function promptLoop(s: Session, io: Streams, out: OrderedOutput): Promise<void> {
  beginInteractive(s, io);
  out.add(1, io.out);
  out.flush();
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'virsh # ', historySize: 500 });
  rl.prompt();
  rl.on('line', (line) => {
    s.now = Date.now();
    const r = runVirshLine(s, line);
    out.add(1, r.stdout);
    out.add(2, r.stderr, r.notes);
    out.flush();
    if (r.quit) rl.close();
    else rl.prompt();
  });
  return new Promise((done) =>
    rl.on('close', () => {
      process.stdout.write('\n');
      done();
    }),
  );
}
