/**
 * How an xm command ends, as xm's _run_cmd (Xen 4.4 main.py) handles it:
 * - fault: an xmlrpclib.Fault from xend → "Error: <faultString>" and the command's usage, status 1;
 * - no-domain: XendInvalidDomain (fault code 3) → "Error: Domain 'x' does not exist.", status 3;
 * - option: OptionError → "Error: <message>", usage, then the error's own usage text, status 1;
 * - value: ValueError (a bad number) → "Error: Invalid argument." and usage, status 1;
 * - exit: sys.exit(n) inside the command (usage(), err()). _run_cmd catches the SystemExit and
 *   hands the exception itself to sys.exit, so Python prints it ("1") on stderr; status 1.
 */
export type XmExit =
  | { kind: 'fault'; message: string }
  | { kind: 'no-domain'; dom: string }
  | { kind: 'option'; message: string; usage?: string }
  | { kind: 'value' }
  | { kind: 'exit'; code: number }
  /** xm exec'd another program (xenconsole), whose status is xm's. */
  | { kind: 'exit-status'; status: number };

export const fault = (message: string): XmExit => ({ kind: 'fault', message });
export const noDomain = (dom: string): XmExit => ({ kind: 'no-domain', dom });
export const optionError = (message: string, usage = ''): XmExit => ({ kind: 'option', message, usage });
export const valueError: XmExit = { kind: 'value' };
export const sysExit = (code = 1): XmExit => ({ kind: 'exit', code });

/** xmlrpclib.Fault.__str__, for the places xend stringifies a fault into another message. */
export const faultRepr = (code: number, text: string) =>
  `<Fault ${code}: '${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'>`;
