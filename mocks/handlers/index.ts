import { actionHandlers } from './actions';
import { domainHandlers } from './domains';
import { eventHandlers } from './events';
import { hostHandlers } from './hosts';
import { jobHandlers } from './jobs';
import { labHandlers } from './lab';
import { lessonHandlers } from './lessons';
import { migrateHandlers } from './migrate';
import { networkHandlers } from './network';
import { shellHandlers } from './shell';

export const handlers = [
  ...labHandlers,
  ...hostHandlers,
  ...domainHandlers,
  ...actionHandlers,
  ...jobHandlers,
  ...migrateHandlers,
  ...networkHandlers,
  ...eventHandlers,
  ...shellHandlers,
  ...lessonHandlers,
];
