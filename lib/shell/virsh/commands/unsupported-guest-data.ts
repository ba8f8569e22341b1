import type { CmdCtx } from '../context';
import { parseULongLong } from '../numbers';
import { readXmlFile } from './define';
import type { Refusal } from './unsupported-data';

/** Reads a file option as virFileReadAll does; undefined after virsh's message. */
const readFile = (c: CmdCtx, opt: string) => readXmlFile(c, c.str(opt)!);

/** cmdSetUserSSHKeys: without --reset a key file is needed, and it must hold a line. */
function sshKeys(c: CmdCtx): boolean {
  const file = c.str('file');
  if (file === undefined) {
    if (c.has('reset')) return true;
    c.error('Option --file is required');
    return false;
  }
  const keys = readFile(c, 'file');
  if (keys === undefined) return false;
  // g_strsplit on '\n': only an empty file yields no keys at all.
  if (keys !== '') return true;
  c.error(`File ${file} contains no keys`);
  return false;
}

/** cmdDomSetLaunchSecState: both files, read before --set-address is. */
function launchSecret(c: CmdCtx): boolean {
  if (!c.has('secrethdr') || !c.has('secret')) {
    c.error('Both secret and the secret header are required');
    return false;
  }
  if (readFile(c, 'secrethdr') === undefined || readFile(c, 'secret') === undefined) return false;
  const address = c.str('set-address');
  const p = address === undefined ? undefined : parseULongLong(address, 'set-address');
  if (!p || p.ok) return true;
  c.error(p.error);
  return false;
}

/**
 * Guest-agent and launch-security commands whose API test_driver.c lacks (see unsupported.ts);
 * rows written from real virsh 9.0's answers, replayed by conformance/scenarios/guest-refusals.ts.
 */
export const guestRefusals: readonly Refusal[] = [
  {
    name: 'set-user-sshkeys',
    // virsh 9.0 refuses --remove without --file before it sees --reset with it.
    requiresFirst: ['remove', 'file'],
    exclusive: [['reset', 'remove']],
    domain: true,
    strings: ['user', 'file'],
    check: sshKeys,
    readonly: true,
    api: 'virDomainAuthorizedSSHKeysSet',
  },
  {
    name: 'domsetlaunchsecstate',
    domain: true,
    strings: ['secrethdr', 'secret'],
    check: launchSecret,
    readonly: true,
    fail: 'Unable to set launch security state',
    api: 'virDomainSetLaunchSecurityState',
  },
];
