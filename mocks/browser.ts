import { setupWorker } from 'msw/browser';
import { forwardTo } from './worker/forward';
import { labWorker } from './worker/start';

export const worker = setupWorker(...forwardTo(labWorker()));
