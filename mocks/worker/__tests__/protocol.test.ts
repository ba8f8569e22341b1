import { expect, test } from 'vitest';
import { requestFromWire, wireNow } from '../protocol';

test("the app's own request crosses as built at once, and reads on the worker's side as it was sent", async () => {
  const url = 'http://lab.test/api/hosts/kvm1/domains/web01/actions/suspend';
  const wire = wireNow(url, { method: 'post', headers: { 'Content-Type': 'application/json' }, body: '{"é":1}' }, 7);
  expect(wire).toMatchObject({ id: 7, method: 'POST', url, headers: [['content-type', 'application/json']] });
  const request = requestFromWire(wire!);
  expect(request.method).toBe('POST');
  expect(request.headers.get('content-type')).toBe('application/json');
  expect(await request.json()).toEqual({ é: 1 });
});

test('a GET carries no body; a body that is not a string is left to the Request path', () => {
  expect(wireNow('http://lab.test/api/domains', undefined, 0)).toMatchObject({ method: 'GET', body: null });
  expect(wireNow('http://lab.test/api/lab/import', { method: 'POST', body: new Blob(['x']) }, 1)).toBeNull();
});
