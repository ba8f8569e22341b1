/**
 * Runs cpu-baseline over hundreds of inputs through real virsh 9.0 and VirtLab and prints every
 * difference (stdout, stderr, exit status): every pair of x86 models, extra features, vendors
 * matched and mixed, ppc64/ARM/s390, CPUs inside domain, capabilities and domain capabilities
 * XML, and broken files.
 *
 *   npx tsx conformance/cpu-baseline-survey.ts [--pairs all|some] [--seed N]
 */
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeHostFs } from '../lib/node/host-fs';
import { x86Map } from '../lib/sim/cpu/x86-map';
import { virshMain } from '../lib/shell/virsh-main';
import { runRealVirsh } from './run-virsh';

const args = process.argv.slice(2);
const allPairs = args.includes('--pairs') && args[args.indexOf('--pairs') + 1] === 'all';
let seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 1;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];

const cpu = (model: string, o: { arch?: string; vendor?: string; features?: string[] } = {}) =>
  `<cpu>\n  <arch>${o.arch ?? 'x86_64'}</arch>\n  <model>${model}</model>\n${o.vendor ? `  <vendor>${o.vendor}</vendor>\n` : ''}${(o.features ?? []).map((f) => `  <feature name='${f}'/>\n`).join('')}</cpu>\n`;

const { features: x86Features, models: x86Models } = x86Map();
const models = x86Models.map((m) => m.name);
const vendorOf = (m: string) => x86Models.find((x) => x.name === m)?.vendor ?? undefined;
const cases: string[] = [];
for (let i = 0; i < models.length; i++)
  for (let j = i; j < models.length; j++) if (allPairs || rand(6) === 0) cases.push(cpu(models[i]) + cpu(models[j]));
for (let k = 0; k < 120; k++) {
  const n = 1 + rand(3);
  cases.push(
    Array.from({ length: n }, () => {
      const m = pick(models);
      const vendor = pick([undefined, vendorOf(m), 'Intel', 'AMD', 'Hygon', 'Zhaoxin']);
      const features = Array.from({ length: rand(4) }, () => pick(x86Features).name);
      return cpu(m, { vendor, features: [...new Set(features)] });
    }).join(''),
  );
}
const odd = [
  '',
  'hello',
  '<cpu>',
  '<cpu><arch>x86_64</arch></cpu>',
  '<cpu><model>Haswell</model></cpu>',
  '<cpu><arch></arch><model>Haswell</model></cpu>',
  '<cpu><arch>x86_64</arch><model></model></cpu>',
  '<cpu><arch>x86_64</arch><model>Nope</model></cpu>',
  '<cpu><arch>x86_64</arch><model>Haswell</model><feature name="nope"/></cpu>',
  '<cpu><arch>x86_64</arch><model>Haswell</model><feature name=""/></cpu>',
  '<cpu><arch>x86_64</arch><model>Haswell</model><feature/></cpu>',
  '<cpu><arch>x86_64</arch><model>Haswell</model><feature name="vmx"/><feature name="vmx"/></cpu>',
  "<cpu mode='host-model'><arch>x86_64</arch><model>Haswell</model></cpu>",
  "<cpu migratable='on'><arch>x86_64</arch><model>Haswell</model></cpu>",
  "<cpu migratable='x'><arch>x86_64</arch><model>Haswell</model></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='0' cores='1' threads='1'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='1' cores='x' threads='1'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><topology sockets='1' threads='1'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><signature family='6' model='60'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><signature family='0' model='60' stepping='1'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><counter name='tsc' frequency='x'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><microcode version='x'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><cache level='4' mode='emulate'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><cache mode='x'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><cache mode='disable'/><cache mode='disable'/></cpu>",
  "<cpu><arch>x86_64</arch><model>Haswell</model><maxphysaddr mode='emulate' bits='-1'/></cpu>",
  '<cpu><arch>x86_64</arch><model>Haswell</model><vendor>AMD</vendor></cpu>',
  '<cpu><arch>x86_64</arch><model>Haswell</model><vendor>Foo</vendor></cpu>',
  '<cpu><arch>x86_64</arch><model> Haswell </model></cpu>',
  '<cpu><arch>i686</arch><model>Haswell</model></cpu><cpu><arch>ppc64</arch><model>POWER8</model></cpu>',
  '<cpu><arch>ppc64le</arch><model>POWER9</model><vendor>IBM</vendor></cpu><cpu><arch>ppc64</arch><model>POWER9</model><vendor>Freescale</vendor></cpu>',
  '<cpu><arch>ppc64</arch><model>POWER9</model></cpu><cpu><arch>ppc64</arch><model>POWER8</model></cpu>',
  '<cpu><arch>ppc64</arch><model>power8e</model></cpu>',
  '<cpu><arch>aarch64</arch><model>a&amp;b</model></cpu>',
  '<cpu><arch>s390x</arch><model>z13</model></cpu>',
  '<cpu><arch>riscv64</arch><model>x</model></cpu>',
  '<cpu><arch>none</arch><model>x</model></cpu>',
  '<?xml version="1.0"?>\n<cpu><arch>x86_64</arch><model>Westmere</model></cpu>',
  "<domain type='kvm'><name>a</name><cpu><arch>x86_64</arch><model>Haswell</model></cpu></domain>",
  "<domain type='kvm'><name>a</name><cpu mode='custom' match='exact'><model>Haswell</model></cpu></domain>",
  "<capabilities><host><cpu><arch>x86_64</arch><model>Skylake-Client-IBRS</model><vendor>Intel</vendor><feature name='vmx'/></cpu></host></capabilities>",
  "<domainCapabilities><cpu><mode name='host-model' supported='yes'><model fallback='forbid'>EPYC</model><vendor>AMD</vendor></mode></cpu></domainCapabilities>",
  "<domainCapabilities><cpu><mode name='host-model' supported='no'/></cpu></domainCapabilities>",
  '<cpus><cpu><arch>x86_64</arch><model>Haswell</model></cpu></cpus>',
];
cases.push(...odd);

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cpu-survey-')));
const flagsets = ['', ' --features', ' --migratable', ' --features --migratable'];
let diffs = 0;
let total = 0;
cases.forEach((content, i) => {
  const file = `c${i}.xml`;
  writeFileSync(join(dir, file), content);
  const flags = i < cases.length - odd.length ? pick(flagsets.slice(0, 2)) : pick(flagsets);
  const line = `cpu-baseline ${file}${flags}`;
  const real = runRealVirsh('test:///default', [line], '', dir);
  const sim = virshMain({ argv: ['-c', 'test:///default', line], stdin: '', fs: nodeHostFs(dir), now: Date.now() });
  total++;
  if (real.stdout === sim.stdout && real.stderr === sim.stderr && real.status === sim.status) return;
  diffs++;
  console.log(
    `### ${line}\n${content}\n--- real (${real.status})\n${real.stdout}${real.stderr}--- VirtLab (${sim.status})\n${sim.stdout}${sim.stderr}`,
  );
});
console.log(`${total} inputs, ${diffs} differ (files in ${dir})`);
process.exitCode = diffs ? 1 : 0;
