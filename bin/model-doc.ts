/**
 * Writes docs/model.md: states, reasons, the transition table, the driver differences and how
 * fidelity is tested, generated from lib/sim and conformance/ so the document cannot drift from the code. `npm run model-doc`.
 */
import { writeFileSync } from 'node:fs';
import { renderFidelityDoc } from '../conformance/differential/fidelity-doc';
import { renderModelDoc } from '../lib/sim/model-doc';

writeFileSync(new URL('../docs/model.md', import.meta.url), renderModelDoc() + renderFidelityDoc());
console.log('wrote docs/model.md');
