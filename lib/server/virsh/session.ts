import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { virshLine } from './quote';
import {
  connectArgs,
  DEFAULT_TIMEOUT_MS,
  timedOut,
  type VirshOptions,
  type VirshOutput,
  type VirshRunner,
  virshEnv,
} from './types';

/** virsh's interactive prompt: `virsh # `, or `virsh > ` on a read-only connection. */
const PROMPT = /virsh [#>$] $/;

interface Pending {
  line: string;
  mark: string;
  resolve: (o: VirshOutput) => void;
}

/**
 * One long-lived `virsh -c URI` fed a line per command, for drivers whose state lives in the
 * client process (test:///default: each virsh starts from the driver's built-in world). After the
 * command come `echo --err MARK` and `echo MARK`: the answer is complete when both streams show
 * the mark. virsh echoes each line after its prompt; what lies between the command's echo and the
 * first mark's is the command's output. A command that does not answer in time (save and migrate
 * wait forever on the test driver) gets its virsh killed; the next command starts a fresh one,
 * which starts from the driver's built-in world again — said in the timed-out answer. Its language
 * is English: the driver's guests live in this one process, which cannot change its locale, and a
 * second process for another language would hold other guests (the page translates its output).
 */
export function sessionVirsh(o: VirshOptions): VirshRunner {
  const ms = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let child: ChildProcessWithoutNullStreams | null = null;
  let out = '';
  let err = '';
  let pending: Pending | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const start = () => {
    const c = spawn(/*turbopackIgnore: true*/ o.binary ?? 'virsh', connectArgs(o), { env: virshEnv(), stdio: 'pipe' });
    c.stdout.setEncoding('utf8');
    c.stderr.setEncoding('utf8');
    c.stdout.on('data', (s: string) => {
      if (child !== c) return; // a killed virsh's last words
      out += s;
      settle();
    });
    c.stderr.on('data', (s: string) => {
      if (child !== c) return;
      err += s;
      settle();
    });
    c.on('exit', () => {
      if (child === c) child = null;
    });
    c.stdin.on('error', () => {}); // a killed virsh: the timeout answers
    out = '';
    err = '';
    return c;
  };

  const settle = () => {
    const p = pending;
    if (!p) return;
    const outEnd = out.indexOf(`\n${p.mark}\n`);
    const errEnd = err.indexOf(`error: ${p.mark}\n`);
    if (outEnd < 0 || errEnd < 0) return;
    const stdout = commandOutput(out.slice(0, outEnd + 1), p.line, p.mark);
    const stderr = err.slice(0, errEnd);
    out = out.slice(outEnd + p.mark.length + 2);
    err = err.slice(errEnd + p.mark.length + 8);
    pending = null;
    p.resolve({ stdout, stderr, status: /^error: /m.test(stderr) ? 1 : 0 });
  };

  const runOne = (argv: readonly string[]) =>
    new Promise<VirshOutput>((resolve) => {
      const line = virshLine(argv);
      if (line === null)
        return resolve({
          stdout: '',
          stderr: 'error: a word holds a line break, which virsh cannot take\n',
          status: 1,
        });
      child ??= start();
      const c = child;
      const mark = `virtlab-${randomBytes(8).toString('hex')}`;
      const timer = setTimeout(() => {
        pending = null;
        child = null;
        c.kill('SIGKILL');
        resolve(timedOut(argv, ms));
      }, ms);
      pending = {
        line,
        mark,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      c.stdin.write(`${line}\necho --err ${mark}\necho ${mark}\n`);
    });

  return {
    run(argv) {
      const r = queue.then(() => runOne(argv));
      queue = r;
      return r;
    },
    close() {
      child?.kill('SIGKILL');
      child = null;
    },
  };
}

/** The command's output: after its echoed line, up to the prompt that echoes the first mark. */
function commandOutput(chunk: string, line: string, mark: string): string {
  const echo = chunk.indexOf(` ${line}\n`);
  const from = echo < 0 ? 0 : echo + line.length + 2;
  const markEcho = chunk.lastIndexOf(`echo --err ${mark}\n`);
  const body = chunk.slice(from, markEcho < 0 ? chunk.length : markEcho);
  return body.replace(PROMPT, '');
}
