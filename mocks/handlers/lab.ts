import { http, HttpResponse } from 'msw';
import type { LabSettings, LabStatus } from '@/lib/api/contract';
import { noFields } from '@/lib/api/schemas/fields';
import { settingsRequest } from '@/lib/api/schemas/requests';
import { answer, readJson, safely } from '../http';
import { labStatus, rawLab, resetLab } from '../lab-status';
import { store } from '../store';

export const labHandlers = [
  http.get('*/api/lab', () => answer(() => HttpResponse.json<LabStatus>(labStatus()))),

  /** Back to the built-in lab (leaving a running lesson); the one way out of an unreadable store besides downloading it. */
  http.post('*/api/lab/reset', ({ request }) =>
    answer(async () => {
      const body = await readJson(request, noFields);
      if (!body.ok) return body.error;
      resetLab();
      return HttpResponse.json<LabStatus>(labStatus());
    }),
  ),

  /** The stored lab byte for byte, for the recovery screen's download. */
  http.get('*/api/lab/raw', () =>
    answer(() => new HttpResponse(rawLab(), { headers: { 'Content-Type': 'application/json' } })),
  ),

  http.get('*/api/settings', () => safely(() => HttpResponse.json<LabSettings>(store().settings()))),

  http.put('*/api/settings', ({ request }) =>
    safely(async () => {
      const body = await readJson(request, settingsRequest);
      if (!body.ok) return body.error;
      store().setSettings(body.value);
      return HttpResponse.json<LabSettings>(store().settings());
    }),
  ),
];
