import { http, HttpResponse } from 'msw';
import type { LabSettings, LabStatus } from '@/lib/api/contract';
import { noFields } from '@/lib/api/schemas/fields';
import { settingsRequest } from '@/lib/api/schemas/requests';
import { clock } from '../clock';
import { answer, readJson, safely } from '../http';
import { lessonStore } from '../lessons';
import { store } from '../store';

export const labHandlers = [
  http.get('*/api/lab', () => answer(() => HttpResponse.json<LabStatus>(store().status()))),

  /** Back to the built-in lab (leaving a running lesson); the one way out of an unreadable store besides downloading it. */
  http.post('*/api/lab/reset', ({ request }) =>
    answer(async () => {
      const body = await readJson(request, noFields);
      if (!body.ok) return body.error;
      store().reset();
      clock().reset();
      lessonStore().leave();
      return HttpResponse.json<LabStatus>(store().status());
    }),
  ),

  /** The stored lab byte for byte, for the recovery screen's download. */
  http.get('*/api/lab/raw', () =>
    safely(() => new HttpResponse(store().raw() ?? '', { headers: { 'Content-Type': 'application/json' } })),
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
