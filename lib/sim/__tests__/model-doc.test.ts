import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderModelDoc } from '../model-doc';

it('docs/model.md is generated from the current code (npm run model-doc)', () => {
  // conformance/differential/fidelity-doc.test.ts checks the part after it.
  expect(readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8').startsWith(renderModelDoc())).toBe(
    true,
  );
});
