import { problem } from '@/lib/api/answers';
import type { Backend } from './context';
import { routes } from './handlers';
import { match } from './routes';

/**
 * One request to the real backend: the route of docs/api.md it names (404, or 405 with Allow,
 * otherwise), a bug answered as a JSON 500 logged once — the mock's answers (mocks/http.ts).
 */
export async function serve(b: Backend, request: Request): Promise<Response> {
  const m = match(routes, request.method, new URL(request.url).pathname);
  if (!('route' in m)) {
    if (m.allow.length === 0) return problem(404, 'NOT_FOUND', 'no such API endpoint');
    const allow = [...new Set(m.allow)].join(', ');
    const res = problem(405, 'METHOD_NOT_ALLOWED', `${request.method.slice(0, 10)} is not allowed here; use ${allow}`);
    res.headers.set('Allow', allow);
    return res;
  }
  try {
    return await m.route.handle(b, request, m.params);
  } catch (e) {
    console.error('VirtLab API (libvirt): unexpected error', e);
    return problem(500, 'INTERNAL_ERROR', 'The server hit an unexpected error.');
  }
}
