import { http, HttpResponse } from 'msw';
import type { LabSettings, LabStatus } from '@/lib/api/contract';
import { clock } from '../clock';
import { badRequest, jsonBody, latency } from '../http';
import { lessonStore } from '../lessons';
import { store } from '../store';

export const labHandlers = [
  http.get('*/api/lab', async () => {
    await latency();
    return HttpResponse.json<LabStatus>(store().status());
  }),

  /** Back to the built-in lab (leaving a running lesson); the one way out of an unreadable store besides downloading it. */
  http.post('*/api/lab/reset', async () => {
    await latency();
    store().reset();
    clock().reset();
    lessonStore().leave();
    return HttpResponse.json<LabStatus>(store().status());
  }),

  /** The stored lab byte for byte, for the recovery screen's download. */
  http.get(
    '*/api/lab/raw',
    () => new HttpResponse(store().raw() ?? '', { headers: { 'Content-Type': 'application/json' } }),
  ),

  http.get('*/api/settings', () => HttpResponse.json<LabSettings>(store().settings())),

  http.put('*/api/settings', async ({ request }) => {
    const body = await jsonBody(request);
    const ms = body?.latencyMs;
    if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 5000)
      return badRequest('latencyMs must be a whole number from 0 to 5000');
    store().setSettings({ latencyMs: ms });
    return HttpResponse.json<LabSettings>(store().settings());
  }),
];
