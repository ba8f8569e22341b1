import { XenToolCtx } from '../xen/context';
import { cGetopt, type LongOpts } from '../xen/getopt';
import { libxlDomains, type XenDomain, xenArrivals } from '../xen/view';
import { xlHelp } from './help';

/** C's strerror for the errnos xl's messages show. */
export const strerror = {
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EINVAL: 'Invalid argument',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ENAMETOOLONG: 'File name too long',
  SUCCESS: 'Success',
} as const;

/** A domain argument as xl's find_domain resolves it: all digits is an id (not checked), else a name. */
export type Target = { id: number; x: XenDomain | undefined };

/** What an xl command works with: libxl on one host, stdout/stderr, the exit status it returns. */
export class XlCtx extends XenToolCtx {
  /** Leave a migration running (the API's migrate, watched by the UI) instead of waiting for it. */
  background = false;
  eprint(text: string) {
    this.err += text;
  }
  /** libxl's logger line: "libxl: error: file.c:LINE:function: message[: strerror]". */
  libxl(where: string, message: string, errno?: keyof typeof strerror) {
    this.err += `libxl: error: ${where}: ${message}${errno ? `: ${strerror[errno]}` : ''}\n`;
  }

  domains(): XenDomain[] {
    return libxlDomains(this.host(), this.now);
  }

  /** find_domain: exits 2 with "<p> is an invalid domain identifier (rc=-6)" for an unknown name. */
  findDomain(p: string, arriving = false): Target | number {
    if (/^\d+$/.test(p)) {
      const id = Number(p);
      return { id, x: this.domains().find((x) => x.id === id) };
    }
    const x = this.domains().find((d) => d.name === p);
    if (x) return { id: x.id!, x };
    // A guest migrate-receive restores is a domain libxl knows (`<name>--incoming`, decision 050).
    const a = xenArrivals(this.world, this.host(), this.now).find((d) => d.name === p);
    if (!a) {
      this.eprint(`${p} is an invalid domain identifier (rc=-6)\n`);
      return 2;
    }
    if (arriving) return { id: a.id!, x: a };
    this.eprint(
      `virtlab: ${p} is the guest arriving from ${a.arriving}; in the lab only xl list, destroy, pause, unpause and console act on it until the migration ends\n`,
    );
    return 1;
  }

  /**
   * def_getopt: options in order; unknown ones are reported and skipped, -h prints the help and
   * exits 0; too few arguments print "'xl <cmd>' requires at least N argument(s)." and exit 2.
   */
  getopt(
    args: string[],
    shortopts: string,
    longopts: LongOpts,
    name: string,
    reqargs: number,
  ): { opts: { opt: string; arg?: string }[]; params: string[] } | number {
    const g = cGetopt(args, shortopts, { help: { short: 'h', arg: false }, ...longopts });
    const opts: { opt: string; arg?: string }[] = [];
    for (const item of g.items) {
      if (item.opt === '?') {
        const optopt = (item as { optopt: string }).optopt;
        if (optopt === 'h') {
          this.print(xlHelp(name));
          return 0;
        }
        this.eprint(`option \`${optopt}' not supported.\n`);
        continue;
      }
      if (item.opt === 'h') {
        this.print(xlHelp(name));
        return 0;
      }
      opts.push(item as { opt: string; arg?: string });
    }
    if (g.params.length <= reqargs - 1) {
      this.eprint(`'xl ${name}' requires at least ${reqargs} argument${reqargs > 1 ? 's' : ''}.\n\n`);
      this.print(xlHelp(name));
      return 2;
    }
    return { opts, params: g.params };
  }
}
