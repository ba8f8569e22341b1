/**
 * `npm run -s virsh -- [-c URI] 'cmd; cmd'`: VirtLab's virsh on the command line, with real
 * virsh's stdout, stderr and exit status. Files are real files; relative names resolve against
 * the folder npm was started from (INIT_CWD). With no command: commands from standard input,
 * or an interactive `virsh #` prompt with history on a terminal.
 */
import { hostname } from 'node:os';
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { nodeHostFs } from '../lib/node/host-fs';
import { virshMain } from '../lib/shell/virsh-main';
import { connectUri } from '../lib/shell/connect';
import { virshJa } from '../lib/shell/l10n/ja';
import { messagesLanguage } from '../lib/shell/l10n/locale';
import { runVirshLine } from '../lib/shell/virsh/run';
import type { Session } from '../lib/shell/session';

const cwd = process.env.INIT_CWD ?? process.cwd();
const argv = process.argv.slice(2);
const fs = nodeHostFs(cwd);
const japanese = messagesLanguage(process.env) === 'ja';

/** Writes virsh's byte strings; in a Japanese locale translated as libvirt's catalogue has them. */
function write(r: { stdout: string; stderr: string }) {
  const bytes = (s: string) => Buffer.from(s, 'latin1');
  if (japanese) {
    const text = (s: string) => bytes(s).toString('utf8');
    const ja = virshJa({ stdout: text(r.stdout), stderr: text(r.stderr) });
    r = {
      stdout: Buffer.from(ja.stdout, 'utf8').toString('latin1'),
      stderr: Buffer.from(ja.stderr, 'utf8').toString('latin1'),
    };
  }
  process.stdout.write(bytes(r.stdout));
  process.stderr.write(bytes(r.stderr));
}

const hasCommand = argv.some((a, i) => !a.startsWith('-') && !['-c', '--connect'].includes(argv[i - 1] ?? ''));

if (hasCommand || !process.stdin.isTTY) {
  const stdin = hasCommand ? '' : readFileSync(0, 'latin1');
  const r = virshMain({ argv, stdin, fs, now: Date.now(), localHostname: hostname() });
  write(r);
  process.exitCode = r.status;
} else {
  const uriAt = argv.findIndex((a) => a === '-c' || a === '--connect');
  const uri = uriAt >= 0 ? argv[uriAt + 1] : null;
  const s: Session = {
    world: { version: 1, hosts: [], events: [], eventSeq: 0 },
    host: null,
    uri: null,
    fs,
    now: Date.now(),
    quiet: argv.includes('-q'),
    readonly: argv.includes('-r'),
    localHostname: hostname(),
    connect: connectUri,
  };
  const conn = connectUri(uri, s);
  if (!conn.ok) {
    process.stderr.write(`error: failed to connect to the hypervisor\nerror: ${conn.error.message}\n`);
    process.exit(1);
  }
  Object.assign(s, { world: conn.value.world, host: conn.value.host, uri: conn.value.uri });
  process.stdout.write(
    "Welcome to virsh, the virtualization interactive terminal.\n\nType:  'help' for help with commands\n       'quit' to quit\n\n",
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'virsh # ', historySize: 500 });
  rl.prompt();
  rl.on('line', (line) => {
    s.now = Date.now();
    const r = runVirshLine(s, line);
    write(r);
    if (r.quit) {
      rl.close();
      return;
    }
    rl.prompt();
  });
  rl.on('close', () => {
    process.stdout.write('\n');
  });
}
