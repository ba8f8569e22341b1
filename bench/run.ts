/**
 * `npm run bench`: every benchmark measured in one run, printed as figures with their targets.
 * `npm run bench -- --no-ui` skips the browser figures (they build the app and a bare Next.js page).
 */
import { benchCli } from './cli';
import { benchMigration } from './migration';
import { benchShell } from './shell';
import { benchUi } from './ui';

async function main() {
  const ui = process.argv.includes('--no-ui') ? [] : await benchUi({ build: !process.argv.includes('--no-build') });
  const figures = [...benchShell(), ...benchCli(), ...benchMigration(), ...ui];
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures)
    console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(12)} ${f.unit.padEnd(8)} target ${f.target}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
