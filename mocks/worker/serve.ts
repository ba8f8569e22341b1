import { getResponse, type RequestHandler } from 'msw';
import { handlers } from '../handlers';
import { quickSkip } from '../quick-skip';
import { requestFromWire, responseToWire, type WireRequest, type WireResponse } from './protocol';

const routes: RequestHandler[] = quickSkip(handlers);

/**
 * One request, answered by the same MSW handlers the tests run under Node: `getResponse` tries
 * them in order (the JSON 404/405 is last, so every /api request gets an answer).
 */
export async function serve(w: WireRequest): Promise<WireResponse> {
  let response: Response | undefined;
  try {
    response = await getResponse(routes, requestFromWire(w));
  } catch (e) {
    console.error('VirtLab API: unexpected error', e);
  }
  return responseToWire(
    response ??
      Response.json(
        { error: { code: 'INTERNAL_ERROR', message: 'The lab hit an unexpected error.' } },
        { status: 500 },
      ),
    w.id,
  );
}
