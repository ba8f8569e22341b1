import { XenToolCtx } from '../xen/context';
import { byName, xendDomains, type XenDomain } from '../xen/view';

/** What an xm command works with: the host it runs on (as root, xend running) and its output. */
export class XmCtx extends XenToolCtx {
  /** Start a migration and return without waiting for it (the API; the UI watches the job). */
  background = false;

  /** xm's err(): "Error: <msg>" on stderr. */
  error(text: string) {
    this.err += `Error: ${text}\n`;
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
