import type { HostFs } from './host-fs';

type Out = { stdout: string; stderr: string; status: number };
const result = (ok: boolean): Out => ({ stdout: '', stderr: '', status: ok ? 0 : 1 });
class TestError extends Error {}

const INT = /^\s*[-+]?\d+\s*$/;
const BINARY = ['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'];
const UNARY = ['-e', '-a', '-f', '-d', '-x', '-r', '-s', '-b', '-c', '-h', '-L', '-n', '-z'];

/**
 * bash's `test` and `[` (builtins/test.c) for up to four arguments — POSIX's rules by argument count,
 * which is how bash decides them too; the file tests on the host's files as root sees them (root reads
 * anything: -r is -e; a directory is searchable, -x). Errors in bash's words, status 2.
 */
export function testBuiltin(name: 'test' | '[', argv: string[], fs: HostFs): Out {
  const fail = (text: string): Out => ({ stdout: '', stderr: `-bash: ${name}: ${text}\n`, status: 2 });
  let args = argv;
  if (name === '[') {
    if (args.at(-1) !== ']') return fail("missing `]'");
    args = args.slice(0, -1);
  }
  if (args.length > 4) {
    if (args.includes('-a') || args.includes('-o') || args.includes('('))
      return fail('-a, -o and ( ) in one test are not simulated by VirtLab');
    return fail('too many arguments');
  }
  try {
    return result(evaluate(args, fs));
  } catch (e) {
    if (e instanceof TestError) return fail(e.message);
    throw e;
  }
}

function evaluate(a: string[], fs: HostFs): boolean {
  switch (a.length) {
    case 0:
      return false;
    case 1:
      return a[0] !== '';
    case 2:
      if (a[0] === '!') return !evaluate(a.slice(1), fs);
      if (!UNARY.includes(a[0])) throw new TestError(`${a[0]}: unary operator expected`);
      return unary(a[0], a[1], fs);
    case 3:
      if (BINARY.includes(a[1])) return binary(a[0], a[1], a[2]);
      if (a[0] === '!') return !evaluate(a.slice(1), fs);
      if (a[0] === '(' && a[2] === ')') return evaluate([a[1]], fs);
      throw new TestError(`${a[1]}: binary operator expected`);
    default:
      if (a[0] === '!') return !evaluate(a.slice(1), fs);
      if (a[0] === '(' && a[3] === ')') return evaluate(a.slice(1, 3), fs);
      throw new TestError('too many arguments');
  }
}

function unary(op: string, word: string, fs: HostFs): boolean {
  if (op === '-n') return word !== '';
  if (op === '-z') return word === '';
  const p = fs.resolve(word);
  const dir = fs.isDir(p);
  const read = fs.read(p);
  const file = read.ok && !dir;
  const dev = file ? fs.device?.(p) : undefined;
  switch (op) {
    case '-d':
      return dir;
    case '-f':
      return file && !dev;
    case '-b':
      return dev?.type === 'b';
    case '-c':
      return dev?.type === 'c';
    case '-s':
      return dir || (file && read.data.length > 0);
    case '-x':
      return dir || (file && !!fs.executable?.(p));
    case '-h':
    case '-L':
      return file && read.data.startsWith('-> ');
    default:
      // -e, -a (bash's old spelling of -e) and -r: root reads whatever exists.
      return dir || read.ok;
  }
}

function binary(left: string, op: string, right: string): boolean {
  if (op === '=' || op === '==') return left === right;
  if (op === '!=') return left !== right;
  if (op === '<') return left < right;
  if (op === '>') return left > right;
  for (const n of [left, right]) if (!INT.test(n)) throw new TestError(`${n}: integer expression expected`);
  const [l, r] = [BigInt(left.trim()), BigInt(right.trim())];
  return { '-eq': l === r, '-ne': l !== r, '-lt': l < r, '-le': l <= r, '-gt': l > r, '-ge': l >= r }[op]!;
}
