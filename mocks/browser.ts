import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { quickSkip } from './quick-skip';

export const worker = setupWorker(...quickSkip(handlers));
