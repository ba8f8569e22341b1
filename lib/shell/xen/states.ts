import type { DomainState } from '../../sim/types';
import type { XenDomain } from './view';

/**
 * Xen's domain flags in fixed positions, `-` when clear: running (on a CPU), blocked, paused,
 * shutdown, crashed, dying (xend's DOM_STATES_OLD; xm.pod "STATES"). The simulator's libvirt
 * states map onto them as the libxl driver maps back: r → running, b → idle, p → paused.
 */
const FLAGS: Record<DomainState, string> = {
  running: 'r-----',
  idle: '-b----',
  paused: '--p---',
  'in shutdown': '---s--',
  crashed: '----c-',
  pmsuspended: '---s--',
  'no state': '------',
  'shut off': '',
};

/** xm list's State column; empty for an inactive managed domain. A suspended or preserved guest is shut down (`s`). */
export const xmStateString = (x: XenDomain) =>
  x.id === null
    ? ''
    : x.shutdown
      ? // xend's crashed flag is Xen's: shut down with reason crash (DOM_STATES_OLD's fifth letter).
        `--${x.shutdown.paused ? 'p' : '-'}s${x.shutdown.reason === 'crash' ? 'c' : '-'}-`
      : FLAGS[x.state];

/** xl's shutdown reason letters, "-rscwS" (poweroff, reboot, suspend, …). */
const REASON_LETTER = { poweroff: '-', reboot: 'r', suspend: 's', crash: 'c' } as const;

/**
 * xl list's six letters: r b p s, then the shutdown reason from "-rscw" (poweroff, reboot,
 * suspend, crash, watchdog) in the fifth slot, then d (xl_cmdimpl.c list_domains, Xen 4.4).
 */
export function xlStateString(x: XenDomain): string {
  // Held shut down: `s`, then the reason's letter (a save stream's suspend: `s` again).
  if (x.shutdown) return `--${x.shutdown.paused ? 'p' : '-'}s${REASON_LETTER[x.shutdown.reason]}-`;
  switch (x.state) {
    case 'running':
      return 'r-----';
    case 'idle':
      return '-b----';
    case 'paused':
      return '--p---';
    case 'in shutdown':
      return '---s--';
    case 'crashed':
      return '---sc-';
    case 'pmsuspended':
      return '---ss-';
    default:
      return '------';
  }
}

/**
 * xm domstate (Xen 4.4 main.py): tests `state.find(letter) > 0`, so a flag in position 0 (r)
 * never matches and a domain on a CPU prints nothing at all. Kept as xm does it.
 */
export function xmDomstate(x: XenDomain, pausedByAdmin: boolean): string | null {
  const s = xmStateString(x);
  if (!s) return 'shutoff';
  if (s.indexOf('s') > 0) return 'shutoff';
  if (s.indexOf('b') > 0) return 'idle';
  if (s.indexOf('d') > 0) return 'shutdown';
  if (s.indexOf('r') > 0) return 'running';
  if (s.indexOf('c') > 0) return 'crashed';
  if (s.indexOf('p') > 0) return pausedByAdmin ? 'paused by admin' : 'paused';
  return null;
}
