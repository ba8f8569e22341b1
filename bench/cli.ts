import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Figure } from './shell';
import { benchScript } from './shell';

/** Wall time of one whole process reading `script` on a pipe, median of `runs`. */
function wallMs(cmd: string, args: string[], script: string, runs = 5): number | null {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { input: script, maxBuffer: 64 << 20, timeout: 5 * 60_000 });
    if (r.error || r.status !== 0) return null;
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * The command-line tool against real virsh, side by side: the same 10,000-line script on
 * standard input, whole process (start-up included). Target: half of virsh's wall time.
 */
export function benchCli(): Figure[] {
  const script = benchScript(10_000).join('\n');
  const ours = wallMs('node', ['dist/virsh.mjs', '-c', 'test:///default'], script);
  if (ours === null) throw new Error('dist/virsh.mjs failed: run `npm run build:cli`');
  const real = wallMs('virsh', ['-c', 'test:///default'], script);
  const figures: Figure[] = [
    { name: 'virsh bin, 10,000-line script on stdin, wall', value: Math.round(ours), unit: 'ms', target: 'see ratio' },
  ];
  if (real === null) {
    console.error(
      'bench: real virsh is not installed (apt-get install libvirt-clients): the side-by-side ratio is SKIPPED',
    );
    return figures;
  }
  return [
    ...figures,
    { name: 'real virsh 9.0, same script, wall', value: Math.round(real), unit: 'ms', target: 'reference' },
    {
      name: 'virsh bin / real virsh wall time',
      value: Math.round((ours / real) * 100) / 100,
      unit: '×',
      target: '≤ 0.5',
    },
  ];
}
