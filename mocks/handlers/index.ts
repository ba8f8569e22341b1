import { actionHandlers } from './actions';
import { domainHandlers } from './domains';
import { eventHandlers } from './events';
import { fallbackHandlers } from './fallback';
import { historyHandlers } from './history';
import { hostHandlers } from './hosts';
import { jobHandlers } from './jobs';
import { labHandlers } from './lab';
import { labFileHandlers } from './lab-file';
import { lessonHandlers } from './lessons';
import { migrateHandlers } from './migrate';
import { networkHandlers } from './network';
import { shellHandlers } from './shell';
import { trainerHandlers } from './trainer';

const routes = [
  ...labHandlers,
  ...labFileHandlers,
  ...historyHandlers,
  ...hostHandlers,
  ...domainHandlers,
  ...actionHandlers,
  ...jobHandlers,
  ...trainerHandlers,
  ...migrateHandlers,
  ...networkHandlers,
  ...eventHandlers,
  ...shellHandlers,
  ...lessonHandlers,
];

/** Every endpoint, then the JSON 404/405 for whatever else is asked under /api. */
export const handlers = [...routes, ...fallbackHandlers(routes)];
