import type { Scenario } from '../scenario';
import { each, runs } from './build';

/** Divergences the session-8 surveys (decision 044) found, each kept as a recording. */
export const surveyFinds: Scenario[] = [
  each('qmp-wrap-json-errors', "qemu-monitor-command's QMP wrap: yajl's errors before the driver is asked", [
    'qemu-monitor-command test query-status',
    `qemu-monitor-command test '{"execute":"query-status"}'`,
    `qemu-monitor-command test '{"execute":' '"x"}'`,
    'qemu-monitor-command test query-status a=1 b=x',
    `qemu-monitor-command test x '"a":1' '"b":[1,{"c":null}]' '"d":true' '"e":-0.5e-3'`,
    `qemu-monitor-command test x '"a":1' '"\\u0061":2'`,
    `qemu-monitor-command test x '"a" 1'`,
    'qemu-monitor-command test x 1:2',
    `qemu-monitor-command test x '"a":1}'`,
    `qemu-monitor-command test x '"a":[1'`,
    `qemu-monitor-command test x '"a":-'`,
    `qemu-monitor-command test x '"a":1.e'`,
    `qemu-monitor-command test x '"a":1e+'`,
    `qemu-monitor-command test x '"a":"\\q"'`,
    `qemu-monitor-command test x '"a":"\\u12g4"'`,
    `qemu-monitor-command test x '/*c*/"a":1'`,
    `qemu-monitor-command test x '"a":"x'`,
    `qemu-monitor-command test x '"a":tru'`,
    `qemu-monitor-command test x '"a":{'`,
    `qemu-monitor-command test x '"a":1}x'`,
    `qemu-monitor-command test x '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":1 "b"'`,
    `qemu-monitor-command test x '"a":[1 "xyz"]'`,
    `qemu-monitor-command test x '"k":"日本語",1'`,
    'qemu-monitor-command test --pass-fds a x y',
    'qemu-monitor-command test --hmp x y',
    'qemu-monitor-command nosuch x y',
  ]),
  runs('qmp-wrap-read-only', 'the QMP wrap fails before libvirt refuses a read-only connection', [
    { args: ['-r', 'qemu-monitor-command test x y'] },
    { args: ['-r', `qemu-monitor-command test x '"a":1'`] },
  ]),
];
