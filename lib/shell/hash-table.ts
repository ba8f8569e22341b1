/**
 * bash's table of the programs it found on PATH (hashlib.c, builtins/hash.def): a command found by a
 * search is remembered with its path and a count of hits. It belongs to one shell — the console's
 * session on one host — so the lab keeps it beside the world, in the console's journal (decision 086),
 * never in the world: a command that fails is hashed too, and a refused command changes no world.
 */
export type HashEntry = readonly [name: string, path: string, hits: number];

/** A name's bytes as bash has them (UTF-8). */
function utf8(name: string): number[] {
  const bytes: number[] = [];
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

/** bash's hash_string: FNV-1 (multiply, then xor) over the name's bytes; its table has 256 buckets. */
function bucket(name: string): number {
  let h = 2166136261;
  for (const b of utf8(name)) h = (Math.imul(h, 16777619) ^ b) >>> 0;
  return h & 255;
}

type Out = { stdout: string; stderr: string; status: number };

/** One shell's table while a line runs; `changed` tells whether the console must keep a new one. */
export class HashTable {
  /** In the order each name was added (a name re-added keeps its place). */
  private readonly entries: Map<string, { path: string; hits: number }>;
  changed = false;

  constructor(from: readonly HashEntry[] = []) {
    this.entries = new Map(from.map(([name, path, hits]) => [name, { path, hits }]));
  }

  get list(): HashEntry[] {
    return [...this.entries].map(([name, e]) => [name, e.path, e.hits] as const);
  }

  path(name: string): string | undefined {
    return this.entries.get(name)?.path;
  }

  /** A command run by its name: found in the table (one hit more) or by PATH's search (added, one hit). */
  ran(name: string, path: string) {
    const e = this.entries.get(name);
    this.entries.set(name, { path: e?.path ?? path, hits: (e?.hits ?? 0) + 1 });
    this.changed = true;
  }

  /** A program bash found by a search of its own (`command -p`): the entry made anew, one hit. */
  found(name: string, path: string) {
    this.entries.set(name, { path, hits: 1 });
    this.changed = true;
  }

  /** `type NAME`, `type -t/-p/-P`, `hash -t`: a hashed name's path is read from the table, one hit more. */
  hit(name: string): string | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    e.hits++;
    this.changed = true;
    return e.path;
  }

  private rows(): [string, { path: string; hits: number }][] {
    // bash walks its buckets in order; a bucket holds its newest entry first.
    const all = [...this.entries];
    return all
      .map((e, i) => ({ e, i, b: bucket(e[0]) }))
      .sort((x, y) => x.b - y.b || y.i - x.i)
      .map((x) => x.e);
  }

  /**
   * `hash [-lr] [-p PATH] [-dt] [NAME…]` in bash 5.2's words: no names lists `hits\tcommand` (or says the
   * table is empty), `-r` empties it, `-d` forgets names, `-t` prints their paths, `-l` as commands that
   * would make it again, a NAME is looked up on PATH (`find`) and kept with no hits; builtins are not hashed.
   * `-p PATH` keeps PATH as given (it need not exist) unless it is a directory (`isDir`: EISDIR, per name).
   */
  builtin(
    argv: string[],
    find: (name: string) => string | undefined,
    isBuiltin: (name: string) => boolean,
    isDir: (path: string) => boolean = () => false,
  ): Out {
    let stdout = '';
    let stderr = '';
    let status = 0;
    const opts = new Set<string>();
    let given: string | undefined;
    let i = 0;
    for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
      if (argv[i] === '--') {
        i++;
        break;
      }
      for (let k = 1; k < argv[i].length; k++) {
        const o = argv[i][k];
        if (o === 'p') {
          given = argv[i].slice(k + 1) || argv[++i];
          if (given === undefined)
            return {
              stdout: '',
              stderr:
                '-bash: hash: -p: option requires an argument\nhash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n',
              status: 2,
            };
          break;
        }
        if (!'lrdt'.includes(o))
          return {
            stdout: '',
            stderr: `-bash: hash: -${o}: invalid option\nhash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n`,
            status: 2,
          };
        opts.add(o);
      }
    }
    const names = argv.slice(i);
    if (opts.has('r')) {
      if (this.entries.size) this.changed = true;
      this.entries.clear();
    }
    if (!names.length) {
      // bash's hash builtin: -d and -t name what they act on (sh_needarg, -d named first).
      if (opts.has('d') || opts.has('t'))
        return {
          stdout,
          stderr: `${stderr}-bash: hash: -${opts.has('d') ? 'd' : 't'}: option requires an argument\n`,
          status: 1,
        };
      if (opts.has('r')) return { stdout, stderr, status };
      const rows = this.rows();
      if (opts.has('l'))
        return { stdout: rows.map(([n, e]) => `builtin hash -p ${e.path} ${n}\n`).join(''), stderr, status };
      if (!rows.length) return { stdout: 'hash: hash table empty\n', stderr, status };
      stdout = `hits\tcommand\n${rows.map(([, e]) => `${String(e.hits).padStart(4)}\t${e.path}\n`).join('')}`;
      return { stdout, stderr, status };
    }
    for (const name of names) {
      const notFound = () => {
        stderr += `-bash: hash: ${name}: not found\n`;
        status = 1;
      };
      if (opts.has('t')) {
        const path = this.hit(name);
        if (path === undefined) notFound();
        else stdout += names.length > 1 ? `${name}\t${path}\n` : `${path}\n`;
        continue;
      }
      if (opts.has('d')) {
        if (!this.entries.delete(name)) notFound();
        else this.changed = true;
        continue;
      }
      if (given !== undefined && isDir(given)) {
        stderr += `-bash: hash: ${given}: Is a directory\n`;
        status = 1;
        continue;
      }
      if (given !== undefined) {
        this.entries.set(name, { path: given, hits: 0 });
        this.changed = true;
        continue;
      }
      if (name.includes('/') || isBuiltin(name)) continue;
      const path = find(name);
      if (path === undefined) notFound();
      else {
        this.entries.set(name, { path, hits: 0 });
        this.changed = true;
      }
    }
    return { stdout, stderr, status };
  }
}
