import { cpus } from 'node:os';

/**
 * The test driver gives an unpinned IOThread every online CPU of the machine virsh runs on
 * (virHostCPUGetAvailableCPUsBitmap), shown as far as virsh's CPU map of 8 reaches. VirtLab answers as
 * the two-CPU machine the recordings were made on (decision 030), so real virsh's rows are read as if
 * run there: an iothreadinfo row holding this machine's whole range becomes `0-1`.
 */
export function asRecordingMachine(text: string, online = cpus().length): string {
  const n = Math.min(online, 8);
  const here = n > 1 ? `0-${n - 1}` : '0';
  if (here === '0-1') return text;
  return text.replace(new RegExp(`^( \\d+ +)${here}$`, 'gm'), (_m, row: string) => `${row}0-1`);
}
