import type { OpContext, OpOutcome } from '../../sim/ops/context';
import type { Result } from '../../sim/result';
import type { Host, World } from '../../sim/types';
import { findHost } from '../../sim/world';
import type { HostFs } from '../host-fs';
import { byName, xendDomains, type XenDomain } from '../xen/view';

/** What an xm command works with: the host it runs on (as root, xend running) and its output. */
export class XmCtx {
  out = '';
  err = '';
  /** Start a migration and return without waiting for it (the API; the UI watches the job). */
  background = false;
  constructor(
    public world: World,
    readonly hostName: string,
    readonly fs: HostFs,
    public now: number,
    readonly cmd: string,
  ) {}

  host(): Host {
    return findHost(this.world, this.hostName)!;
  }
  op(): OpContext {
    return { world: this.world, host: this.hostName, now: this.now };
  }
  print(text: string) {
    this.out += text;
  }
  /** xm's err(): "Error: <msg>" on stderr. */
  error(text: string) {
    this.err += `Error: ${text}\n`;
  }

  /** Applies a simulator result; the caller words the failure the way xend does. */
  apply<T extends OpOutcome>(r: Result<T>): T | undefined {
    if (!r.ok) return undefined;
    this.world = r.value.world;
    return r.value;
  }

  /** Every domain xend knows, sorted by name as `xm list` prints them. */
  domains(): XenDomain[] {
    return xendDomains(this.host(), this.now).sort(byName);
  }

  /**
   * XendDomain.domain_lookup_nr: a running domain by name, a managed one by name, a running one
   * by id, then by UUID.
   */
  lookup(dom: string): XenDomain | undefined {
    const all = xendDomains(this.host(), this.now);
    return (
      all.find((x) => x.id !== null && x.name === dom) ??
      all.find((x) => x.name === dom) ??
      (/^\s*[+-]?\d+\s*$/.test(dom) ? all.find((x) => x.id !== null && x.id === Number(dom)) : undefined) ??
      all.find((x) => x.uuid === dom)
    );
  }
}
