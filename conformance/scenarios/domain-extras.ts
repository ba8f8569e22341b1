import type { Scenario } from '../scenario';
import { each, runs } from './build';

const keyFiles = { 'keys.pub': 'ssh-ed25519 AAAAC3Nza key1\n', 'empty.pub': '', 'blank.pub': '\n\n', 'hdr.bin': 'h' };

/** Issue 9: blockcopy, set-user-sshkeys, domsetlaunchsecstate, ... as virsh 9.0 answers them on test:///default. */
export const domainExtras: Scenario[] = [
  each('blockcopy-options', "blockcopy's option checks, in virsh's order, before the domain", [
    'blockcopy test vda',
    'blockcopy test vda --dest /a --xml /b',
    'blockcopy test vda --dest /a --verbose; blockcopy test vda --dest /a --async',
    'blockcopy test vda --dest /a --pivot --finish',
    "blockcopy test '' --dest /a; blockcopy test vda --dest ''",
    'blockcopy test vda --dest /a --timeout 0; blockcopy test vda --dest /a --timeout 2147484',
    'blockcopy test vda --dest /a --bandwidth x; blockcopy test vda --dest /a --granularity -1',
    'blockcopy test vda --dest /a --buf-size x',
    'blockcopy nope vda --dest /a',
  ]),
  each(
    'blockcopy-calls',
    'blockcopy: --print-xml, then the old or the new API, neither in the test driver',
    [
      'blockcopy test vda --dest /a --print-xml',
      "blockcopy test vda --dest '/a<&' --print-xml --blockdev --format qcow2",
      'blockcopy test vda --dest /a --format raw; blockcopy test vda --dest /a --format qcow2',
      'blockcopy test vda --dest /a --granularity 0 --buf-size 0; blockcopy test vda --dest /a --granularity 512',
      'blockcopy test vda --dest /a --bandwidth 99999999999999 --print-xml',
      'blockcopy test vda --dest /a --bandwidth 99999999999999 --bytes --print-xml',
      'blockcopy test vda --dest /a --timeout 5 --verbose; dumpxml test --xpath //disk/source',
      'blockcopy test vda --xml nope.xml; blockcopy test vda --xml keys.pub --print-xml',
      'destroy test; blockcopy test vda --dest /a --wait',
    ],
    { files: keyFiles },
  ),
  runs('blockcopy-readonly', 'blockcopy on a read-only connection: --print-xml still prints', [
    { args: ['-r', 'blockcopy test vda --dest /a'] },
    { args: ['-r', 'blockcopy test vda --dest /a --format qcow2'] },
    { args: ['-r', 'blockcopy test vda --dest /a --print-xml'] },
  ]),
  each(
    'set-user-sshkeys',
    'set-user-sshkeys: options, the key file, then the missing API',
    [
      'set-user-sshkeys test root --reset --remove --file keys.pub',
      'set-user-sshkeys nope root --remove',
      "set-user-sshkeys nope '' --file keys.pub; set-user-sshkeys test '' --file keys.pub",
      "set-user-sshkeys test root --file ''; set-user-sshkeys test root",
      'set-user-sshkeys test root --file nope.pub; set-user-sshkeys test root --file .',
      'set-user-sshkeys test root --file empty.pub; set-user-sshkeys test root --file blank.pub',
      'set-user-sshkeys test root --file keys.pub --remove; set-user-sshkeys test root --reset',
    ],
    { files: keyFiles },
  ),
  runs(
    'set-user-sshkeys-readonly',
    'set-user-sshkeys -r: the key file is read before the refusal',
    [
      { args: ['-r', 'set-user-sshkeys test root --file keys.pub'] },
      { args: ['-r', 'set-user-sshkeys test root --file empty.pub'] },
    ],
    { files: keyFiles },
  ),
  each(
    'domsetlaunchsecstate',
    'domsetlaunchsecstate: both files, read before --set-address',
    [
      'domsetlaunchsecstate nope',
      "domsetlaunchsecstate test --secrethdr '' --secret hdr.bin",
      'domsetlaunchsecstate test --secret hdr.bin',
      'domsetlaunchsecstate test --secrethdr hdr.bin --secret nope.bin --set-address x',
      'domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin --set-address x',
      'domsetlaunchsecstate test --secrethdr . --secret hdr.bin',
      'domsetlaunchsecstate test --secrethdr empty.pub --secret hdr.bin --set-address 12',
      'destroy test; domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin',
    ],
    { files: keyFiles },
  ),
  runs(
    'domsetlaunchsecstate-readonly',
    'domsetlaunchsecstate -r',
    [{ args: ['-r', 'domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin'] }],
    { files: keyFiles },
  ),
];
