'use client';

import { useToolOutput } from '@/lib/browser/tool-output';

/**
 * libvirt's refusal as virsh prints it — `error: …`, and on a Japanese page `エラー: …` from
 * libvirt's catalogue, as the console and the toast show the same refusal. Tool output: a samp.
 */
export function VirshError({ message, tool = 'virsh' }: { message: string; tool?: string }) {
  const xm = tool === 'xm';
  const out = useToolOutput({ line: tool, stdout: '', stderr: `${xm ? 'Error' : 'error'}: ${message}` });
  return <samp className="command-wrap">{out.stderr}</samp>;
}
