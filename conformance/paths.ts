import { mkdtempSync, realpathSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from './scenario';

export const conformanceDir = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = realpathSync(join(conformanceDir, 'fixtures'));
export const recordedDir = join(conformanceDir, 'recorded');

/** test:///default, or test:// followed by the fixture's absolute path (so three slashes). */
export function scenarioUri(scenario: Scenario): string {
  return scenario.fixture ? `test://${join(fixturesDir, scenario.fixture)}` : 'test:///default';
}

/** A fresh, real (symlink-free) temp dir holding the scenario's files. */
export function makeWorkdir(scenario: Scenario): string {
  const workdir = realpathSync(mkdtempSync(join(tmpdir(), 'virtlab-conf-')));
  for (const [name, content] of Object.entries(scenario.files ?? {})) {
    const path = join(workdir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(content, 'latin1'));
  }
  return workdir;
}

export function recordingPath(id: string): string {
  return join(recordedDir, `${id}.json`);
}
