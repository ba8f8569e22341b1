import type { Scenario } from '../scenario';
import { each, script } from './build';

/** domblklist, domblkinfo, domblkstat, domiflist, domifstat, domif-getlink, domif-setlink. */
export const devices: Scenario[] = [
  each('domblklist', 'domblklist and its options', [
    'domblklist test',
    'domblklist test --details',
    'domblklist test --inactive',
    'destroy test; domblklist test',
    'domblklist nosuch',
  ]),
  script(
    'domblklist-mixed',
    'domblklist with a cdrom without source',
    'domblklist web; domblklist web --details; domblklist backup',
    { fixture: 'mixed.xml' },
  ),
  each('domblkinfo', 'domblkinfo by target and source, --human, --all', [
    'domblkinfo test vda',
    'domblkinfo test /guest/diskimage1',
    'domblkinfo test vda --human',
    'domblkinfo test --all',
    'domblkinfo test --all --human',
    'domblkinfo test vdb',
    'domblkinfo test',
    'destroy test; domblkinfo test vda',
  ]),
  each('domblkstat', 'domblkstat (clock-derived numbers are normalised)', [
    'domblkstat test vda',
    'domblkstat test vda --human',
    'domblkstat test /guest/diskimage1',
    'domblkstat test',
    'domblkstat test hda',
    'destroy test; domblkstat test vda',
  ]),
  each('domiflist', 'domiflist and domifstat', [
    'domiflist test',
    'domiflist test --inactive',
    'domifstat test testnet0',
    'domifstat test aa:bb:cc:dd:ee:ff',
    'domifstat test vnet0',
    'domifstat test',
    'destroy test; domiflist test; domifstat test testnet0',
  ]),
  each('domif-link', 'domif-getlink and domif-setlink', [
    'domif-getlink test testnet0',
    'domif-getlink test aa:bb:cc:dd:ee:ff',
    'domif-setlink test testnet0 down; domif-getlink test testnet0',
    'domif-setlink test testnet0 up; domif-getlink test testnet0',
    'domif-setlink test testnet0 sideways',
    'domif-getlink test vnet9',
    'domif-setlink test vnet9 down',
    'domif-setlink test testnet0 down --config; domif-getlink test testnet0 --config',
    'destroy test; domif-getlink test testnet0',
  ]),
  script(
    'devices-nodisk',
    'a domain without disks or interfaces',
    'domblklist bare; domiflist bare; domblkinfo bare --all; domblkstat bare vda; domifstat bare eth0; domblklist bare-off',
    { fixture: 'nodisk.xml' },
  ),
  script(
    'devices-xen',
    'a Xen-looking domain with a xen disk and a bridge',
    'domblklist pv-guest --details; domiflist pv-guest; domblkinfo pv-guest xvda; domif-getlink pv-guest testnet0',
    { fixture: 'xen.xml' },
  ),
  script(
    'devices-panic',
    'panic devices kept by define and dumpxml; a <panic/> without model or address is not printed',
    'define panic.xml; dumpxml panic; dumpxml panic --inactive',
    {
      files: {
        'panic.xml':
          "<domain type='test'><name>panic</name><memory>524288</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>" +
          "<devices><panic model='isa'><address type='isa' iobase='0x505'/></panic><panic/><panic model='hyperv'/>" +
          "<memballoon model='virtio'/></devices></domain>",
      },
    },
  ),
  script(
    'devices-defined-guest',
    'devices of a defined guest, before and after start',
    'define guest.xml; domblklist guest; domiflist guest; start guest; domiflist guest; domif-getlink guest 52:54:00:aa:bb:01',
    {
      files: {
        'guest.xml':
          "<domain type='test'><name>guest</name><uuid>00000000-0000-4000-8000-677565737400</uuid><memory>1024</memory><os><type>hvm</type></os><devices>" +
          "<disk type='file' device='disk'><source file='/img/g.img'/><target dev='vda' bus='virtio'/></disk>" +
          "<interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/></interface></devices></domain>",
      },
    },
  ),
];
