import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '@/lib/api/contract';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore, lessonStore, toLessonList } from '../lessons';
import { server } from '../node';
import { createStore, installStore, store, type StorageLike } from '../store';
import { malformedRequests } from './malformed-requests';

/**
 * The API fuzz test (issue 10): every malformed request gets a 4xx with a short message in the
 * API's error shape, and the whole lab — world, journal, transitions, lessons, settings, clock,
 * and every byte stored — is the same afterwards.
 */
const base = 'http://lab.test/api';
const NOW = Date.UTC(2026, 0, 10, 9);

const storage = new Map<string, string>();
const memory: StorageLike = {
  getItem: (k) => storage.get(k) ?? null,
  setItem: (k, v) => void storage.set(k, v),
  removeItem: (k) => void storage.delete(k),
};

/** Everything a request could change, as one comparable value. */
const fullState = () =>
  JSON.stringify({
    stored: [...storage.entries()].sort(),
    lab: store().lab(),
    settings: store().settings(),
    lessons: toLessonList(lessonStore()),
  });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  installClock(createClock(memory, () => NOW));
  installStore(createStore(memory, () => NOW));
  installLessonStore(createLessonStore(memory));
  store().setSettings({ latencyMs: 0 });
  // A lesson running and a command in the journal, so there is something to lose.
  await fetch(`${base}/lessons/lifecycle-basics/start`, { method: 'POST' });
  await fetch(`${base}/shell`, { method: 'POST', body: JSON.stringify({ host: 'kvm1', line: 'virsh list' }) });
});
afterAll(() => server.close());

describe('hostile requests', () => {
  const requests = malformedRequests();

  it('are many', () => {
    expect(requests.length).toBeGreaterThanOrEqual(150);
  });

  it.each(requests.map((r) => [r.label, r] as const))('%s → 4xx, nothing changes', async (_label, r) => {
    const before = fullState();
    const res = await fetch(`${base}${r.path}`, { method: r.method, body: r.body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.code).toMatch(/^[A-Z_]+$/);
    expect(body.error.message.length).toBeGreaterThan(5);
    // A short prefix of what was sent at most, and no stack.
    expect(body.error.message.length).toBeLessThanOrEqual(200);
    expect(body.error.message).not.toMatch(/\n\s+at /);
    expect(fullState()).toBe(before);
  });
});
