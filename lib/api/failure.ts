import type { Transcript } from './contract';

const CODES: [string, string][] = [
  ['Requested operation is not valid', 'OPERATION_INVALID'],
  ['internal error', 'INTERNAL_ERROR'],
  ['invalid argument', 'INVALID_ARG'],
  ['operation failed', 'OPERATION_FAILED'],
  ['Operation not supported', 'OPERATION_UNSUPPORTED'],
  ['unsupported configuration', 'CONFIG_UNSUPPORTED'],
  ['Domain not found', 'NO_DOMAIN'],
  ['this function is not supported', 'NO_SUPPORT'],
  ['Timed out', 'OPERATION_TIMEOUT'],
  ['XML error', 'XML_ERROR'],
  ['argument unsupported', 'ARGUMENT_UNSUPPORTED'],
  ['Cannot recv data', 'SYSTEM_ERROR'],
];

/**
 * libvirt's message is virsh's last "error: " line; its prefix names the virErrorNumber. The same
 * reading for the simulator's virsh and a real one, so both backends answer a refusal alike.
 */
export function failureOf(t: Pick<Transcript, 'stderr' | 'status'>): { code: string; message: string } {
  const lines = t.stderr
    .split('\n')
    .filter((l) => l.startsWith('error: '))
    .map((l) => l.slice(7));
  // xm words a refusal "Error: <xend's fault>" (docs/decisions/004-xm-xl.md); it has no virErrorNumber.
  const xend = t.stderr
    .split('\n')
    .filter((l) => l.startsWith('Error: '))
    .map((l) => l.slice(7));
  if (lines.length === 0 && xend.length > 0) return { code: 'XEND_ERROR', message: xend[xend.length - 1] };
  const message = lines[lines.length - 1] ?? (t.stderr.trim() || `exit status ${t.status}`);
  return { code: CODES.find(([p]) => message.startsWith(p))?.[1] ?? 'VIRSH', message };
}
