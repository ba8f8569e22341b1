import { afterEach, expect, test, vi } from 'vitest';
import { lazyChunkList } from '../lazy-chunk-list';

// What public/lazy-chunks.json holds after a production build in the same checkout.
const built = ['/_next/static/chunks/0sxk-rwfcobkg.js'];
const served = vi.fn(async () => new Response(JSON.stringify(built)));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  served.mockClear();
});

test('a production page warms the chunks its build lists', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubGlobal('fetch', served);
  expect(await lazyChunkList()).toEqual(built);
});

test('next dev does not read a list a production build left in public/ (its chunks are not dev’s)', async () => {
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubGlobal('fetch', served);
  expect(await lazyChunkList()).toBeNull();
  expect(served).not.toHaveBeenCalled();
});
