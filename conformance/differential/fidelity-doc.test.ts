import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderModelDoc } from '../../lib/sim/model-doc';
import { renderFidelityDoc } from './fidelity-doc';

it("docs/model.md's fidelity sections are generated from the current test setup (npm run model-doc)", () => {
  const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
  expect(doc).toBe(renderModelDoc() + renderFidelityDoc());
});
