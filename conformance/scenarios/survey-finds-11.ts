import type { Scenario } from '../scenario';
import { each } from './build';

/** Divergences the session-11 surveys found (seeds 561–697 step 8), each fixed by libvirt's rule. */
export const surveyFinds11: Scenario[] = [
  each(
    'session-11-survey-finds',
    'console reads --devname with vshCommandOptStringReq after the domain and before the state check (seed 609)',
    [
      "console --domain 6695eb01-f6a4-8304-79aa-97f2502e193f --devname '' --safe",
      "console nosuch --devname ''",
      "destroy test; console test --devname ''",
      'destroy test; console test --devname x',
    ],
  ),
];
