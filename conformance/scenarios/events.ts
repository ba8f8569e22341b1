import type { Scenario } from '../scenario';
import { each } from './build';

/**
 * event, net-event, secret-event, qemu-monitor-event: nothing else runs while virsh waits, so
 * every wait times out with no event. (Without --timeout real virsh waits until Ctrl-C.)
 */
export const events: Scenario[] = [
  each('event', 'event: --list, option checks, a wait that times out', [
    'event --list',
    'event --list test',
    'event',
    'event --timeout 1',
    'event nosuch --timeout 1',
    'event --event foo',
    'event --event ""',
    'event --all --event lifecycle',
    'event --list --all',
    'event --list --event lifecycle',
    'event --all --list --event lifecycle',
    'event --all --timeout x',
    'event --all --timeout 0',
    'event --all --timeout -1',
    'event --all --timeout 2147484',
    'event --event lifecycle --timeout 4294967296',
    'event nosuch --all --timeout 1',
    'event "" --all --timeout 1',
    'event test --timeout 1 --event lifecycle',
    'event test lifecycle --timeout 1',
    'event test --event lifecycle 1',
    'event --all --timeout 1 --loop --timestamp; list',
  ]),
  each('object-events', 'net-event, secret-event, qemu-monitor-event', [
    'net-event --list',
    'net-event --list --event lifecycle',
    'net-event --timeout 1',
    'net-event --event foo',
    'net-event --event lifecycle --timeout 1',
    'net-event default lifecycle --timeout 1',
    'net-event default --event lifecycle --timeout 0',
    'net-event nosuch --event lifecycle --timeout 1',
    'secret-event --list',
    'secret-event --timeout 1',
    'secret-event --event lifecycle --timeout 1',
    'secret-event nosuch --event lifecycle --timeout 1',
    'secret-event x lifecycle',
    'qemu-monitor-event --timeout 0',
    'qemu-monitor-event nosuch --timeout 1',
    'qemu-monitor-event test X 1',
    'qemu-monitor-event --pretty --timeout 1 --regex --no-case --timestamp --loop',
  ]),
];
