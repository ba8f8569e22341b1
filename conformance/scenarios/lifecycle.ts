import type { Scenario } from '../scenario';
import { each, script } from './build';

/** start, shutdown, reboot, reset, destroy, suspend, resume: success and wrong-state errors. */
export const lifecycle: Scenario[] = [
  script('start-already-active', 'start of a running domain fails in virsh itself', 'start test'),
  script(
    'destroy-and-start',
    'destroy, start, and destroy of a shut-off domain',
    'destroy test; domstate test --reason; start test; domstate test --reason; destroy test; destroy test; domstate test',
  ),
  script(
    'suspend-resume',
    'suspend and resume, twice each',
    'suspend test; domstate test --reason; suspend test; resume test; domstate test --reason; resume test',
  ),
  script(
    'suspend-resume-shut-off',
    'suspend and resume of a shut-off domain',
    'destroy test; suspend test; resume test; domstate test',
  ),
  script(
    'shutdown-running',
    'shutdown powers off at once; a second shutdown fails',
    'shutdown test; domstate test --reason; list --all; shutdown test',
  ),
  script('shutdown-paused', 'shutdown of a paused domain', 'suspend test; shutdown test; domstate test --reason'),
  each('shutdown-modes', 'shutdown --mode values', [
    'shutdown test --mode acpi',
    'shutdown test --mode agent',
    'shutdown test --mode bogus',
    'shutdown test --mode acpi,agent',
    'shutdown --mode=signal test',
    'shutdown test --mode ""',
  ]),
  script(
    'reboot-states',
    'reboot of running, paused and shut-off domains',
    'reboot test; domstate test --reason; suspend test; reboot test; domstate test --reason; destroy test; reboot test; domstate test --reason',
  ),
  each('reboot-modes', 'reboot --mode values', [
    'reboot test --mode acpi',
    'reboot test --mode bogus',
    'reboot test --mode initctl',
  ]),
  script(
    'reset-states',
    'reset of running, paused and shut-off domains',
    'reset test; domstate test --reason; suspend test; reset test; domstate test --reason; destroy test; reset test',
  ),
  script(
    'destroy-graceful',
    'destroy --graceful, then of a shut-off domain',
    'destroy test --graceful; domstate test --reason; destroy --graceful test',
  ),
  each('start-flags', 'start --paused, --force-boot, --autodestroy, --bypass-cache', [
    'destroy test; start test --paused; domstate test --reason',
    'destroy test; start test --force-boot; domstate test --reason',
    'destroy test; start test --autodestroy; domstate test --reason; list --all',
    'destroy test; start test --bypass-cache; domstate test --reason',
    'destroy test; start --domain test --console',
  ]),
  script(
    'mixed-states-domstate',
    'the preloaded states of every run state, with reasons',
    'domstate web; domstate web --reason; domstate db --reason; domstate backup --reason; domstate crashy --reason; domstate saved --reason',
    { fixture: 'mixed.xml' },
  ),
  script(
    'mixed-paused-domain',
    'a preloaded paused domain: suspend again, resume, start',
    'suspend db; start db; resume db; domstate db --reason; resume db',
    { fixture: 'mixed.xml' },
  ),
  script(
    'mixed-crashed-domain',
    'a crashed domain is active: start refuses, destroy and reboot work',
    'start crashy; suspend crashy; resume crashy; reboot crashy; domstate crashy --reason; destroy crashy; domstate crashy --reason; start crashy; domstate crashy --reason',
    { fixture: 'mixed.xml' },
  ),
  script(
    'mixed-start-shut-off',
    'start a preloaded shut-off domain; it takes the next id',
    'start backup; list --all; domid backup; shutdown web; start web; domid web; list',
    { fixture: 'mixed.xml' },
  ),
  script(
    'lifecycle-by-id-and-uuid',
    'lifecycle commands address a domain by id and by uuid',
    'suspend 1; resume 6695eb01-f6a4-8304-79aa-97f2502e193f; destroy 1; start 6695eb01-f6a4-8304-79aa-97f2502e193f; domid test; destroy 1; destroy 2',
  ),
  each('lifecycle-unknown-domain', 'every lifecycle command on a domain that does not exist', [
    'start nosuch',
    'shutdown nosuch',
    'reboot nosuch',
    'reset nosuch',
    'destroy nosuch',
    'suspend nosuch',
    'resume nosuch',
    'destroy 42',
    'destroy 6695eb01-f6a4-8304-79aa-000000000000',
  ]),
  each('lifecycle-missing-domain-arg', 'lifecycle commands without their domain', [
    'start',
    'destroy',
    'suspend',
    'resume',
    'shutdown',
    'reboot',
    'reset',
  ]),
];
