import { fail, ok, type Result } from '../sim/result';
import type { Host } from '../sim/types';
import type { Credentials } from './session';

const FAILED = 'authentication failed: authentication failed, see test XML for the correct username/password';

/**
 * testConnectAuthenticate: a node file with `<auth>` users asks for a name ("localhost" is the
 * host it names), then — for a name it does not know, or one with a password — for a password,
 * and refuses the connection unless both match. virsh's callback prompts on stdout and reads each
 * answer as a line of standard input (a missing one is empty).
 */
export function testAuthenticate(host: Host, creds: Credentials | undefined): Result<void> {
  const users = host.authUsers ?? [];
  if (!users.length) return ok(undefined);
  const ask = (prompt: string) => {
    creds?.prompt(prompt);
    return creds?.line() ?? '';
  };
  const username = ask('Enter username for localhost: ');
  const user = users.find((u) => u.username === username);
  const password =
    !user || user.password !== undefined ? ask(`Enter ${username}'s password for localhost: `) : undefined;
  if (!user || (password !== undefined && password !== user.password)) return fail('AUTH_FAILED', FAILED);
  return ok(undefined);
}

/**
 * Lines of standard input as glibc's stdio hands them to fgets: `block` gives the next read(2)
 * of at most 4096 bytes ('' at the end), and what a read took is gone for readline afterwards.
 */
export function stdioLines(block: () => string): (() => string) & { used: () => boolean } {
  let buf = '';
  let eof = false;
  let used = false;
  const line = () => {
    used = true;
    while (!eof && !buf.includes('\n')) {
      const b = block();
      if (b === '') eof = true;
      buf += b;
    }
    const nl = buf.indexOf('\n');
    const out = nl < 0 ? buf : buf.slice(0, nl);
    buf = nl < 0 ? '' : buf.slice(nl + 1);
    return out;
  };
  return Object.assign(line, { used: () => used });
}
