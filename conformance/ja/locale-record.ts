/**
 * Records real virsh for every scenario of locale-scenarios.ts into locale-recorded.jsonl:
 * `npx tsx conformance/ja/locale-record.ts` (needs libvirt-clients, libvirt-l10n and the
 * `locales` package's sources in /usr/share/i18n: ja_JP.UTF-8 and en_US.UTF-8 are built with
 * localedef into a temporary LOCPATH, so nothing is installed system-wide).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeScenarios } from './locale-scenarios';
import { normaliseJa } from './run';

const locpath = mkdtempSync(join(tmpdir(), 'virtlab-locales-'));
for (const [input, name] of [
  ['ja_JP', 'ja_JP.UTF-8'],
  ['en_US', 'en_US.UTF-8'],
])
  execFileSync('localedef', ['-i', input, '-f', 'UTF-8', join(locpath, name)]);

const runs = localeScenarios.map(({ env, line }) => {
  const r = spawnSync('virsh', ['-c', 'test:///default', line], {
    timeout: 10_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TERM: 'dumb',
      LOCPATH: locpath,
      ...env,
    } as unknown as NodeJS.ProcessEnv,
  });
  if (r.status === null) throw new Error(`virsh '${line}' did not finish`);
  const stderr = r.stderr.toString('utf8');
  if (stderr.includes('setlocale')) throw new Error(`a locale of ${JSON.stringify(env)} is missing: ${stderr}`);
  return { env, line, stdout: normaliseJa(r.stdout.toString('utf8')), stderr: normaliseJa(stderr), status: r.status };
});
writeFileSync(new URL('locale-recorded.jsonl', import.meta.url), `${runs.map((r) => JSON.stringify(r)).join('\n')}\n`);
process.stdout.write(`recorded ${runs.length} virsh runs in chosen locales\n`);
