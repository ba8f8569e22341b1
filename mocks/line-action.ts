import { parseShell } from '@/lib/shell/shell-parse';
import { virshCommand } from '@/lib/shell/virsh/registry';
import type { LifecycleAction } from '@/lib/sim/transitions';

/** virsh's own options that take a value, skipped to find the command name. */
const VIRSH_VALUE_OPTS = new Set(['-c', '--connect', '-d', '--debug', '-e', '--escape', '-k', '-K', '-l', '--log']);

/** The lifecycle action a console line names (`virsh -c URI suspend web01` → suspend). */
export function actionOfLine(line: string): LifecycleAction | null {
  const parsed = parseShell(line, { HOME: '/root', PWD: '/root', HOSTNAME: '' });
  if (!parsed.ok) return null;
  const words = parsed.list[0]?.stages[0]?.words ?? [];
  if (words[0] !== 'virsh') return null;
  for (let i = 1; i < words.length; i++) {
    if (VIRSH_VALUE_OPTS.has(words[i])) {
      i++;
      continue;
    }
    if (words[i].startsWith('-')) continue;
    return virshCommand(words[i])?.action ?? null;
  }
  return null;
}
