import type { OpContext, OpOutcome } from '../../sim/ops/context';
import type { Result, VirtError } from '../../sim/result';
import type { Domain, Host } from '../../sim/types';
import { domainById, domainByName, domainByUuid, findHost } from '../../sim/world';
import type { Session } from '../session';
import type { Streams } from '../session';
import { formatTable } from '../table';
import { parseInt32, parseScaled, parseUInt } from './numbers';
import type { OptValue } from './options';
import { emptyRequired } from './string-req';

/** What a virsh command handler gets: its options, the session and the output streams. */
export class CmdCtx {
  constructor(
    readonly s: Session,
    readonly opts: Map<string, OptValue>,
    readonly io: Streams,
    readonly name: string,
    private readonly api?: string | ((c: CmdCtx) => string),
  ) {}

  str(name: string): string | undefined {
    const v = this.opts.get(name);
    return typeof v === 'string' ? v : undefined;
  }
  has(name: string): boolean {
    return this.opts.has(name);
  }
  argv(name: string): string[] {
    const v = this.opts.get(name);
    return Array.isArray(v) ? v : [];
  }
  print(text: string) {
    this.io.print(text);
  }
  /** A vshTable, without header and rule under `-q`. */
  table(header: readonly string[], rows: readonly (readonly string[])[]) {
    return formatTable(header, rows, this.s.quiet, undefined, this.s.utf8 ?? false);
  }
  /** vshPrintExtra: informational output that `-q` suppresses. */
  extra(text: string) {
    if (!this.s.quiet) this.io.print(text);
  }
  error(text: string, msgid?: string) {
    this.io.error(text, msgid);
  }
  /** What a library virsh links writes to stderr itself (libxml2's XPath errors). */
  stderr(text: string) {
    this.io.err += text;
  }
  /** Records libvirt's error, printed after the command's own "error: Failed to ..." line. */
  libvirtError(e: VirtError) {
    this.io.lastError = e;
  }

  host(): Host {
    const h = this.s.host ? findHost(this.s.world, this.s.host) : undefined;
    if (!h) throw new Error('command ran without a connection');
    return h;
  }
  op(): OpContext {
    return { world: this.s.world, host: this.host().name, now: this.s.now };
  }

  /** virCheckReadOnly: on a read-only connection every API that changes something is refused. */
  refuseReadonly(failLine?: string): boolean {
    const api = typeof this.api === 'function' ? this.api(this) : this.api;
    if (!this.s.readonly || !api) return false;
    if (failLine) this.error(failLine);
    this.libvirtError({ code: 'OPERATION_DENIED', message: `operation forbidden: read only access prevents ${api}` });
    return true;
  }

  /**
   * Applies an operation's result: the new world on success, libvirt's error otherwise (with the
   * mark a failure leaves, if the driver left one: lib/sim/result.ts).
   */
  apply<T extends OpOutcome>(r: Result<T>, failLine?: string): T | undefined {
    if (this.refuseReadonly(failLine)) return undefined;
    if (r.ok) {
      this.s.world = r.value.world;
      return r.value;
    }
    if (r.world) this.s.world = r.world;
    if (failLine) this.error(failLine);
    this.libvirtError(r.error);
    return undefined;
  }

  /**
   * virshCommandOptDomainBy: by id (numeric), then UUID (36 characters), then name, as `by`
   * allows (domid looks up by name or UUID only, domname by id or UUID); virsh's message when none matches.
   */
  domain(
    opt = 'domain',
    by: { id?: boolean; uuid?: boolean; name?: boolean } = { id: true, uuid: true, name: true },
  ): Domain | undefined {
    const n = this.str(opt);
    if (n === undefined) return undefined;
    if (n === '') {
      this.error(`Failed to get option '${opt}': Option argument is empty`);
      return undefined;
    }
    const host = this.host();
    let d: Domain | undefined;
    const id = parseInt32(n, opt);
    if (by.id && id.ok && id.value >= 0) d = domainById(host, id.value);
    if (!d && by.uuid && n.length === 36 && /^[0-9a-fA-F]{32}$/.test(n.replace(/-/g, ''))) {
      const hex = n.replace(/-/g, '').toLowerCase();
      d = domainByUuid(
        host,
        `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      );
    }
    if (!d && by.name) d = domainByName(host, n);
    // virshLookupDomainInternal resets libvirt's error after its lookups: an earlier command's goes too.
    this.io.lastError = null;
    if (!d) {
      this.error(`failed to get domain '${n}'`);
      return undefined;
    }
    // The handler reads its other string options after the domain: an empty one is refused then.
    const later = emptyRequired(this.opts, 'after', this.name);
    if (later) {
      this.error(`Failed to get option '${later}': Option argument is empty`);
      return undefined;
    }
    return d;
  }

  int(name: string): number | undefined | null {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const r = parseInt32(v, name);
    if (!r.ok) {
      this.error(r.error);
      return null;
    }
    return r.value;
  }
  uint(name: string): number | undefined | null {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const r = parseUInt(v, name);
    if (!r.ok) {
      this.error(r.error);
      return null;
    }
    return r.value;
  }
  /** A size option in KiB (virsh's default unit for memory), rounded up from bytes. */
  kib(name: string): number | undefined | null {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const r = parseScaled(v, name, 1024);
    if (!r.ok) {
      this.error(r.error);
      if (r.libvirtError) this.io.lastError = { code: 'INVALID_ARG', message: r.libvirtError };
      return null;
    }
    return Number((r.value + 1023n) / 1024n);
  }

  /** virsh's VSH_EXCLUSIVE_OPTIONS check. */
  exclusive(a: string, b: string): boolean {
    if (this.has(a) && this.has(b)) {
      this.error(`Options --${a} and --${b} are mutually exclusive`);
      return false;
    }
    return true;
  }
  requires(opt: string, needed: string): boolean {
    if (this.has(opt) && !this.has(needed)) {
      this.error(`Option --${needed} is required by option --${opt}`);
      return false;
    }
    return true;
  }
  affect() {
    return { live: this.has('live'), config: this.has('config') };
  }
}
