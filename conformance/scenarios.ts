import type { Scenario } from './scenario';
import { checkpoints } from './scenarios/checkpoints';
import { cpuBaseline } from './scenarios/cpu-baseline';
import { definition } from './scenarios/definition';
import { deviceChanges } from './scenarios/device-changes';
import { devices } from './scenarios/devices';
import { domstats } from './scenarios/domstats';
import { differential } from './scenarios/differential';
import { domainExtras } from './scenarios/domain-extras';
import { editing } from './scenarios/edit';
import { events } from './scenarios/events';
import { guestAgent } from './scenarios/guest-agent';
import { guestInput } from './scenarios/guest-input';
import { info } from './scenarios/info';
import { interfaces } from './scenarios/interfaces';
import { jobs } from './scenarios/jobs';
import { lifecycle } from './scenarios/lifecycle';
import { list } from './scenarios/list';
import { memory } from './scenarios/memory';
import { metadata } from './scenarios/metadata';
import { networks } from './scenarios/networks';
import { node } from './scenarios/node';
import { nodeObjects } from './scenarios/node-objects';
import { nodedev } from './scenarios/nodedev';
import { parsing } from './scenarios/parsing';
import { save } from './scenarios/save';
import { shell } from './scenarios/shell';
import { snapshots } from './scenarios/snapshots';
import { stdin } from './scenarios/stdin';
import { storage } from './scenarios/storage';
import { surveyFinds } from './scenarios/survey-finds';
import { surveyFinds11 } from './scenarios/survey-finds-11';
import { surveyFinds12 } from './scenarios/survey-finds-12';
import { tuning } from './scenarios/tuning';
import { unsupported } from './scenarios/unsupported';
import { unsupportedDomain } from './scenarios/unsupported-domain';
import { vcpu } from './scenarios/vcpu';
import { xpath } from './scenarios/xpath';

export type { Scenario } from './scenario';

/** Every conformance scenario, grouped by topic (one file per topic under scenarios/). */
export const scenarios: Scenario[] = [
  ...lifecycle,
  ...definition,
  ...save,
  ...memory,
  ...vcpu,
  ...info,
  ...list,
  ...devices,
  ...deviceChanges,
  ...metadata,
  ...guestAgent,
  ...domstats,
  ...events,
  ...editing,
  ...checkpoints,
  ...guestInput,
  ...node,
  ...nodeObjects,
  ...jobs,
  ...shell,
  ...parsing,
  ...differential,
  ...surveyFinds,
  ...surveyFinds11,
  ...surveyFinds12,
  ...cpuBaseline,
  ...networks,
  ...snapshots,
  ...storage,
  ...tuning,
  ...nodedev,
  ...interfaces,
  ...unsupported,
  ...xpath,
  ...stdin,
  ...unsupportedDomain,
  ...domainExtras,
];
