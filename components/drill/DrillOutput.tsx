'use client';

import type { DrillKind } from '@/lib/drills/types';
import { useToolOutput } from '@/lib/browser/tool-output';

/**
 * A choice or an answer as the page shows it: where it is virsh's output (a state, a list, a
 * refused command's error) a Japanese page shows what a Japanese host's virsh prints (libvirt's
 * catalogue, as the console does); the command lines and xm/xl stay as they are. The choice itself
 * — the bytes the simulator judges — is unchanged.
 */
export function DrillOutput({ kind, text }: { kind: DrillKind; text: string }) {
  const [line, ...rest] = text.split('\n');
  const refused = kind === 'refused';
  const virsh = kind === 'domstate' || kind === 'migration-list' || refused;
  const out = useToolOutput({
    line: virsh ? 'virsh' : '',
    stdout: refused ? '' : text,
    stderr: refused ? rest.join('\n') : '',
  });
  if (!virsh) return text;
  return refused ? `${line}\n${out.stderr}` : out.stdout;
}
