import { setupWorker } from 'msw/browser';
import { labLine } from './worker/ask';
import { forwardTo } from './worker/forward';

export const worker = setupWorker(...forwardTo(labLine().ask));
