import { allRefusals } from '../../lib/shell/virsh/commands/unsupported';
import type { Refusal } from '../../lib/shell/virsh/commands/unsupported-data';
import { virshCommandSpec } from '../../lib/shell/virsh/options';
import type { Scenario } from '../scenario';
import { runs } from './build';

/** Values for the required arguments: objects the test driver has, a file that exists. */
const value: Record<string, string> = {
  domain: 'test',
  file: 'dev.xml',
  network: 'default',
  secret: '11111111-2222-3333-4444-555555555555',
  nwfilter: 'clean-traffic',
  binding: 'vnet0',
  cmd: 'info',
};

function line(r: Refusal, swap: Record<string, string> = {}): string {
  const words = [r.name];
  for (const o of virshCommandSpec(r.name)?.options ?? []) {
    if (!o.required || !o.positional) continue;
    words.push(swap[o.name] ?? value[o.name] ?? (o.type === 'number' ? '1' : 'x'));
  }
  return words.join(' ');
}

/** Each refusal's happy path, its lookups and numbers gone wrong, a missing file, read-only. */
function scenario(r: Refusal): Scenario {
  const lines = [line(r)];
  if (r.domain) lines.push(line(r, { domain: 'nosuch' }));
  if (r.object) lines.push(line(r, { [r.object]: 'nosuch' }));
  for (const [opt] of r.numbers ?? []) {
    const required = virshCommandSpec(r.name)?.options.find((o) => o.name === opt)?.required;
    lines.push(required ? line(r, { [opt]: '12abc' }) : `${line(r)} --${opt} 12abc`);
  }
  if (r.file) lines.push(line(r, { [r.file]: 'missing.xml' }));
  const list = lines.map((l) => ({ args: [l] }));
  list.push({ args: ['-r', line(r)] });
  return runs(`unsupported-${r.name}`, `${r.name}: the test driver lacks its API`, list, {
    files: { 'dev.xml': "<disk type='file' device='disk'/>\n" },
    covers: [r.name],
  });
}

/** Option-dependent APIs and checks virsh makes before the call. */
const variants: Scenario[] = [
  runs(
    'unsupported-variants',
    'the API virsh picks from the options',
    [
      'attach-device test dev.xml --config',
      'detach-device test dev.xml --live',
      'detach-device test dev.xml --current',
      'blockpull test vda --base /b',
      'blockpull test vda --keep-relative',
      'blockjob test vda --abort',
      'blockjob test vda --pivot',
      'blockjob test vda --bandwidth 5',
      'blockjob test vda --info --raw',
      'migrate-compcache test --size 5',
      'guestvcpus test --cpulist 1',
      'guestvcpus test --cpulist 1 --enable',
      'secret-undefine 11111111222233334444555555555555',
      'secret-dumpxml 1111-1111222233334444555555555555',
      'net-dhcp-leases dd8fe884-6c02-601e-7551-cca97df1c5df',
      'domdirtyrate-calc test --seconds 3',
      'migrate-setspeed test -1',
      'migrate-setmaxdowntime test 0',
      'migrate-setmaxdowntime test 1',
      'blockcommit test vda --bandwidth -1',
      'blockcommit test vda --bandwidth 5m',
      'blockpull test vda --bandwidth 1x',
      'nodememstats --cell -2',
      'nodememstats --cell -1',
      'guest-agent-timeout test --timeout -5',
    ].map((l) => ({ args: [l] })),
    { files: { 'dev.xml': "<disk type='file' device='disk'/>\n" } },
  ),
];

/** virsh's own option checks before the lookup and the call (found by the differential batch). */
const optionChecks = runs(
  'unsupported-option-checks',
  'exclusive and required options, numbers and files read before the call',
  [
    'blockjob nosuch x --info --abort',
    'blockjob test x --raw --abort',
    'blockjob test x --raw --bandwidth 1',
    'blockjob test x --info --bandwidth 1',
    'blockjob test x --bytes --async',
    'blockjob test x --bytes --abort',
    'blockjob test x --bytes --bandwidth 1',
    'blockjob test x --bytes',
    'blockjob test x --async',
    'blockjob test x --info --pivot',
    'blockjob test x --raw --pivot',
    'blockjob test x --raw --async',
    'blockjob test x --pivot --async',
    'blockjob test x --abort --bandwidth 1',
    'blockjob test x --bandwidth abc',
    'blockcommit nosuch x --verbose',
    'blockcommit test x --verbose --wait',
    'blockcommit test x --pivot --keep-overlay',
    'blockcommit test x --async',
    'blockcommit test x --timeout 5',
    'blockcommit test x --timeout -1 --wait',
    'blockcommit test x --delete --keep-overlay',
    'blockpull nosuch x --verbose',
    'blockpull test x --async',
    'blockpull test x --timeout 5',
    'blockpull test x --bytes --bandwidth 5',
    'qemu-monitor-command nosuch --pass-fds new x',
    'qemu-monitor-command test --pass-fds new x',
    'qemu-monitor-command test --pass-fds 1,2 x',
    'qemu-monitor-command test --hmp --pretty x',
    'qemu-monitor-command test --return-value x',
    'qemu-agent-command test --async --block x',
    'qemu-agent-command test --timeout 5 --async x',
    'qemu-agent-command test --timeout abc x',
    'qemu-agent-command test --timeout -5 x',
    'secret-set-value nosuch --plain --base64 a',
    'secret-set-value nosuch --interactive --plain',
    'secret-set-value nosuch --interactive --file x',
    'secret-set-value nosuch --file x --base64 a',
    'secret-list --ephemeral',
    'secret-list --no-private',
    'attach-device test x --current --config',
    'attach-device test x --persistent --current',
    'attach-device nosuch x --current --live',
    'detach-device-alias nosuch x --current --live',
    'update-device test x --persistent --current',
    'allocpages 4k 1 --cellno x',
    'allocpages 4k 1 --add --all',
    'backup-begin nosuch --backupxml x',
    'backup-begin test --checkpointxml x --backupxml y',
    'backup-begin test --checkpointxml dev.xml',
    "nwfilter-dumpxml ''",
    "net-dhcp-leases ''",
    "secret-dumpxml ''",
    'secret-set-value nosuch --interactive --base64 a',
    'secret-set-value nosuch --file x --plain',
    'guestvcpus nosuch --cpulist 1',
    'guestvcpus nosuch --enable --disable',
    "blockcommit nosuch '' --verbose",
    "blockresize test '' 1x",
    'blockresize nosuch x 1x',
    'allocpages x 1 --all --cellno 1',
    'qemu-agent-command test --timeout 0 x',
    'qemu-agent-command test --timeout -1 --async x',
    "detach-device-alias test ''",
    "get-user-sshkeys test ''",
    "domblkthreshold test '' 1",
    'net-port-list default --uuid --table',
    "net-port-list '' --uuid --table",
    'snapshot-current 1',
    'blockpull nosuch x --bandwidth abc',
    'blockjob nosuch x --bandwidth abc',
    'blockcommit nosuch x --timeout abc --wait',
    'blockcommit nosuch x --bandwidth abcbIB',
    'guestvcpus nosuch --enable',
    'guestvcpus test --disable',
    'domblkthreshold nosuch x abc',
    'migrate-compcache nosuch --size abc',
    'domdirtyrate-calc nosuch --mode vda',
    'domdirtyrate-calc test --mode vda',
    'domdirtyrate-calc test --mode dirty-ring',
    'domdirtyrate-calc test --mode vda --seconds x',
    'qemu-monitor-command nosuch --hmp --return-value x',
    'secret-set-value x --plain --base64 a --interactive',
    'secret-set-value live --file I --plain --interactive',
    'domjobinfo test --anystats',
  ].map((l) => ({ args: [l] })),
  { files: { 'dev.xml': "<disk type='file' device='disk'/>\n" } },
);

export const unsupported: Scenario[] = [...allRefusals.map(scenario), ...variants, optionChecks];
