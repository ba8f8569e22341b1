import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { installLab, memory } from '../../__tests__/lab-api';
import { requestToWire, responseFromWire } from '../protocol';
import { serve } from '../serve';

/** The worker answers with the same handlers as the tests' MSW server: a forwarded request gets the API's answer. */
const ask = async (path: string, init?: RequestInit) =>
  responseFromWire(await serve(await requestToWire(new Request(`http://lab.test${path}`, init), 1)));

beforeEach(() => installLab(memory()));

describe("the lab worker's answers", () => {
  it('answers the API: a command changes the lab, and the next request sees it', async () => {
    const list = (await (await ask('/api/domains')).json()) as ApiDomainSummary[];
    expect(list.find((d) => d.name === 'web01')?.state).toBe('running');
    expect((await ask('/api/hosts/kvm1/domains/web01/actions/suspend', { method: 'POST', body: '{}' })).status).toBe(
      200,
    );
    const after = (await (await ask('/api/domains')).json()) as ApiDomainSummary[];
    expect(after.find((d) => d.name === 'web01')?.state).toBe('paused');
  });

  it("answers what no handler takes with the API's JSON 404 and 405", async () => {
    const missing = await ask('/api/no-such-thing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const wrong = await ask('/api/domains', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET');
  });
});
