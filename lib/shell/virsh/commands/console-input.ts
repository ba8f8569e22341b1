import { domainScreenshot, domainSendKey } from '../../../sim/ops/console-input';
import { keycodeNames } from '../../../sim/keycodes.gen';
import { domainName } from '../../../sim/world';
import type { CmdCtx } from '../context';
import { parseInt32, parseUInt } from '../numbers';
import type { VirshCommand } from './types';

/** virKeycodeSet names (virsh's --codeset); the one given as "" is read as linux. */
const CODESETS = ['linux', 'xt', 'atset1', 'atset2', 'atset3', 'os_x', 'xt_kbd', 'win32', 'usb', 'qnum', 'rfb'];
/** virsh's send-key takes at most VIR_DOMAIN_SEND_KEY_MAX_KEYS codes. */
const MAX_KEYS = 16;

/**
 * A keycode as virsh reads it: a name of the codeset (null: a code its own table holds), else a
 * number (strtol, base 0) up to 0xffff; undefined when it is neither.
 */
function keycode(codeset: string, key: string): number | null | undefined {
  if (keycodeNames[codeset]?.includes(key)) return null;
  const m = /^[ \t\n\v\f\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(key);
  if (!m) return undefined;
  const n = m[1].length > 1 && m[1][0] === '0' && !/[xX]/.test(m[1]) ? Number.parseInt(m[1], 8) : Number(m[1]);
  return n <= 0xffff ? n : undefined;
}

/** On the lab's QEMU and Xen hosts these are not modelled. */
function notModelled(c: CmdCtx): boolean {
  if (c.host().driver === 'test') return false;
  c.error(`command '${c.name}' is not simulated by VirtLab`);
  return true;
}

/** cmdSendKey: the domain, --holdtime, --codeset, each code; then testDomainSendKey. */
const sendKey: VirshCommand = {
  name: 'send-key',
  api: 'virDomainSendKey',
  xm: { none: 'xm cannot send keys to a guest' },
  xl: { none: 'xl cannot send keys to a guest (xl sysrq sends a SysRq letter)' },
  run(c) {
    if (notModelled(c)) return false;
    const d = c.domain();
    if (!d) return false;
    const hold = c.str('holdtime');
    const h = hold === undefined ? undefined : parseInt32(hold, 'holdtime');
    if (h && (!h.ok || h.value < 0)) {
      c.error(`Numeric value '${hold}' for <holdtime> option is malformed or out of range`);
      return false;
    }
    const codeset = c.str('codeset') || 'linux';
    if (!CODESETS.includes(codeset)) {
      c.error(`unknown codeset: '${codeset}'`);
      return false;
    }
    const codes: number[] = [];
    for (const [i, key] of c.argv('keycode').entries()) {
      if (i === MAX_KEYS) {
        c.error('too many keycodes');
        return false;
      }
      const code = keycode(codeset, key);
      if (code === undefined) {
        c.error(`invalid keycode: '${key}'`);
        return false;
      }
      if (code !== null) codes.push(code);
    }
    if (c.refuseReadonly()) return false;
    const r = domainSendKey(c.op(), d.uuid, codeset, codes);
    if (r.ok) return true;
    c.libvirtError(r.error);
    return false;
  },
};

/** `<name>-<YYYY-MM-DD-HH:MM:SS>.png`: virsh's name when no --file is given (the lab's clock is UTC). */
function defaultFile(name: string, now: number): string {
  const iso = new Date(now).toISOString();
  return `${name}-${iso.slice(0, 10)}-${iso.slice(11, 19)}.png`;
}

/** cmdScreenshot: --screen, the domain, then the driver's picture, then the file. */
const screenshot: VirshCommand = {
  name: 'screenshot',
  api: 'virDomainScreenshot',
  xm: { none: 'xm cannot take a screenshot: connect a VNC viewer' },
  xl: { none: 'xl cannot take a screenshot: connect a VNC viewer (xl vncviewer)' },
  run(c) {
    if (notModelled(c)) return false;
    // cmdScreenshot reads --screen before it looks the domain up.
    const screen = c.str('screen');
    const s = screen === undefined ? undefined : parseUInt(screen, 'screen');
    if (s && !s.ok) {
      c.error(s.error);
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    const name = domainName(d);
    const failLine = `could not take a screenshot of ${name}`;
    if (c.refuseReadonly(failLine)) return false;
    const shot = domainScreenshot(c.op(), d.uuid);
    if (!shot.ok) {
      c.error(failLine);
      c.libvirtError(shot.error);
      return false;
    }
    const file = c.str('file') ?? defaultFile(name, c.s.now);
    if (!c.s.fs.write(c.s.fs.resolve(file), shot.value.data).ok) {
      c.error(`cannot create file ${file}`);
      return false;
    }
    c.extra(`Screenshot saved to ${file}, with type of ${shot.value.mime}`);
    return true;
  },
};

export const consoleInputCommands = [sendKey, screenshot];
