import type { HostFs } from './host-fs';

type Out = { stdout: string; stderr: string; status: number };
const result = (ok: boolean): Out => ({ stdout: '', stderr: '', status: ok ? 0 : 1 });
class TestError extends Error {}

const INT = /^\s*[-+]?\d+\s*$/;
const BINARY = ['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'];
const UNARY = ['-e', '-a', '-f', '-d', '-x', '-r', '-s', '-b', '-c', '-h', '-L', '-n', '-z'];

/**
 * bash's `test` and `[` (builtins/test.c, 5.2): up to four arguments POSIX's rules by argument count, as
 * bash's `posixtest` applies them; more (or a four-argument line those rules do not settle) go through
 * bash's own grammar — `-o` below `-a` below `!` and `( … )`, each `!` binding the term after it. The file
 * tests on the host's files as root sees them (root reads anything: -r is -e; a directory is searchable,
 * -x). Errors in bash's words, status 2.
 */
export function testBuiltin(name: 'test' | '[', argv: string[], fs: HostFs): Out {
  const fail = (text: string): Out => ({ stdout: '', stderr: `-bash: ${name}: ${text}\n`, status: 2 });
  let args = argv;
  if (name === '[') {
    if (args.at(-1) !== ']') return fail("missing `]'");
    args = args.slice(0, -1);
  }
  try {
    return result(new Test(args, fs, name === '[').run());
  } catch (e) {
    if (e instanceof TestError) return fail(e.message);
    throw e;
  }
}

const isAndOr = (s: string) => s === '-a' || s === '-o';

/** builtins/test.c's parser: `pos` walks the arguments; each rule consumes what it reads. */
class Test {
  private pos = 0;
  constructor(
    private readonly a: string[],
    private readonly fs: HostFs,
    /** `[`'s closing bracket is still in bash's argv just past the end: an error may name it. */
    private readonly bracket: boolean,
  ) {}

  run(): boolean {
    const { a } = this;
    if (a.length === 0) return false;
    const value = this.posix();
    if (this.pos !== a.length) {
      if (a[this.pos].startsWith('-')) throw new TestError(`syntax error: \`${a[this.pos]}' unexpected`);
      throw new TestError('too many arguments');
    }
    return value;
  }

  private posix(): boolean {
    const { a } = this;
    switch (a.length) {
      case 1:
        this.pos = 1;
        return a[0] !== '';
      case 2: {
        const v = this.two();
        this.pos = 2;
        return v;
      }
      case 3:
        return this.three();
      case 4:
        if (a[0] === '!') {
          this.advance(true);
          return !this.three();
        }
        if (a[0] === '(' && a[3] === ')') {
          this.advance(true);
          const v = this.two();
          this.pos = a.length;
          return v;
        }
        return this.expr();
      default:
        return this.expr();
    }
  }

  private advance(needMore: boolean) {
    if (needMore && this.pos === this.a.length - 1) throw new TestError('argument expected');
    this.pos++;
  }

  private two(): boolean {
    const [op, word] = this.a.slice(this.pos, this.pos + 2);
    if (op === '!') return word === '';
    if (!UNARY.includes(op)) throw new TestError(`${op}: unary operator expected`);
    return unary(op, word, this.fs);
  }

  private three(): boolean {
    const [x, op, y] = this.a.slice(this.pos, this.pos + 3);
    let value: boolean;
    if (BINARY.includes(op)) value = binary(x, op, y);
    else if (isAndOr(op)) value = op === '-a' ? x !== '' && y !== '' : x !== '' || y !== '';
    else if (x === '!') {
      this.advance(true);
      value = !this.two();
    } else if (x === '(' && y === ')') value = op !== '';
    else throw new TestError(`${op}: binary operator expected`);
    this.pos = this.a.length;
    return value;
  }

  private expr(): boolean {
    if (this.pos >= this.a.length) throw new TestError('argument expected');
    return this.or();
  }

  private or(): boolean {
    const value = this.and();
    if (this.a[this.pos] === '-o') {
      this.advance(false);
      return this.or() || value;
    }
    return value;
  }

  private and(): boolean {
    const value = this.term();
    if (this.a[this.pos] === '-a') {
      this.advance(false);
      return this.and() && value;
    }
    return value;
  }

  private term(): boolean {
    const { a } = this;
    if (this.pos >= a.length) throw new TestError('argument expected');
    if (a[this.pos] === '!') {
      let not = false;
      while (this.pos < a.length && a[this.pos] === '!') {
        this.advance(true);
        not = !not;
      }
      return not ? !this.term() : this.term();
    }
    if (a[this.pos] === '(') {
      this.advance(true);
      const value = this.expr();
      if (this.pos >= a.length) throw new TestError(this.bracket ? "`)' expected, found ]" : "`)' expected");
      if (a[this.pos] !== ')') throw new TestError(`\`)' expected, found ${a[this.pos]}`);
      this.advance(false);
      return value;
    }
    if (this.pos + 3 <= a.length && BINARY.includes(a[this.pos + 1])) {
      const value = binary(a[this.pos], a[this.pos + 1], a[this.pos + 2]);
      this.pos += 3;
      return value;
    }
    if (this.pos + 2 <= a.length && UNARY.includes(a[this.pos])) {
      const value = unary(a[this.pos], a[this.pos + 1], this.fs);
      this.pos += 2;
      return value;
    }
    return a[this.pos++] !== '';
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
      return fs.link?.(p) !== undefined || (file && read.data.startsWith('-> '));
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
