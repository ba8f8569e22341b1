/**
 * Records real virsh in Japanese for every line of scenarios.ts into recorded.jsonl, one run a
 * line: `npx tsx conformance/ja/record.ts` (needs libvirt-clients and libvirt-l10n).
 */
import { writeFileSync } from 'node:fs';
import { normaliseJa, runRealVirshJa } from './run';
import { jaLines } from './scenarios';

const runs = jaLines.map((line) => {
  const r = runRealVirshJa(line);
  return { ...r, stdout: normaliseJa(r.stdout), stderr: normaliseJa(r.stderr) };
});
writeFileSync(new URL('recorded.jsonl', import.meta.url), `${runs.map((r) => JSON.stringify(r)).join('\n')}\n`);
process.stdout.write(`recorded ${runs.length} Japanese virsh runs\n`);
