import { http, type RequestHandler } from 'msw';
import { API_URL } from './protocol';

/**
 * The page's side of MSW: it takes every /api request the page makes and hands it to the lab's
 * worker (`ask`, ./ask.ts); its answer becomes the response. Nothing of the lab runs here.
 */
export const forwardTo = (ask: (request: Request) => Promise<Response>): RequestHandler[] => [
  http.all(API_URL, ({ request }) => ask(request)),
];
