import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { server } from '../node';
import { installLab, memory, send } from './lab-api';

const example = readFileSync(join(__dirname, '../../examples/lessons/pause-and-resume.json'), 'utf8');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('a worker that has not read imported lessons yet can still ask whether there are any while one is running', async () => {
  const storage = memory();
  installLab(storage);
  expect((await send('POST', '/lessons/import', example)).status).toBe(201);
  expect((await send('POST', '/lessons/pause-and-resume/start')).status).toBe(200);
  // A new worker (another tab's, or after a reload): the module's lesson reader is not loaded.
  vi.resetModules();
  const { createLessonStore, loadLessonReader } = await import('../lessons');
  const store = createLessonStore(storage);
  expect(store.hasCustom()).toBe(true);
  await loadLessonReader();
  expect(store.active()?.id).toBe('pause-and-resume');
});
