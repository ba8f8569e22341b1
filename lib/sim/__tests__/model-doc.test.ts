import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderModelDoc } from '../model-doc';

it('docs/model.md is generated from the current code (npm run model-doc)', () => {
  expect(readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8')).toBe(renderModelDoc());
});
