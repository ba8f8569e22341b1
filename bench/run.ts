/**
 * `npm run bench`: every benchmark measured in one run, printed as figures with their targets.
 */
import { benchMigration } from './migration';
import { benchShell } from './shell';

const figures = [...benchShell(), ...benchMigration()];
const width = Math.max(...figures.map((f) => f.name.length));
for (const f of figures) console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(12)} ${f.unit.padEnd(8)} target ${f.target}`);
