import { setupWorker } from 'msw/browser';
import { askLab } from './worker/ask';
import { forwardTo } from './worker/forward';

export const worker = setupWorker(...forwardTo(askLab()));
