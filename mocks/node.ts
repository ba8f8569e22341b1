import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { quickSkip } from './quick-skip';

export const server = setupServer(...quickSkip(handlers));
