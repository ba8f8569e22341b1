/**
 * Writes docs/model.md: states, reasons, the transition table and the driver differences,
 * generated from lib/sim so the document cannot drift from the code. `npm run model-doc`.
 */
import { writeFileSync } from 'node:fs';
import { renderModelDoc } from '../lib/sim/model-doc';

writeFileSync(new URL('../docs/model.md', import.meta.url), renderModelDoc());
console.log('wrote docs/model.md');
