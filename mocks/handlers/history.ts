import { http, HttpResponse } from 'msw';
import type { ApiHistory, ApiHistoryStep } from '@/lib/api/contract';
import { historyStepRequest } from '@/lib/api/schemas/requests';
import { historyOf } from '../history';
import { problem, readJson, withLab } from '../http';
import { type Direction, stepLab } from '../lab-history';
import { store } from '../store';

/** Undo, redo and the history list (docs/api.md#history; docs/decisions/021-undo-and-custom-lessons.md). */
const step = (dir: Direction) =>
  http.post(`*/api/lab/${dir}`, ({ request }) =>
    withLab(async (lab, now) => {
      const body = await readJson(request, historyStepRequest);
      if (!body.ok) return body.error;
      // Refused before anything is written: a button that could do nothing leaves no trace (the console's `undo` does).
      const h = historyOf(lab);
      if ((dir === 'undo' ? h.past : h.future).length === 0)
        return problem(409, `NOTHING_TO_${dir.toUpperCase()}`, `nothing to ${dir}`);
      const transcript = stepLab(lab, dir, body.value.count ?? 1, now, { source: 'button' });
      return HttpResponse.json<ApiHistoryStep>({ history: historyOf(store().lab()!), transcript });
    }),
  );

export const historyHandlers = [
  http.get('*/api/lab/history', () => withLab((lab) => HttpResponse.json<ApiHistory>(historyOf(lab)))),
  step('undo'),
  step('redo'),
];
