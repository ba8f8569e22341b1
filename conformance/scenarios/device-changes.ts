import type { Scenario } from '../scenario';
import { each, runs } from './build';

const two =
  "<domain type='test'><name>two</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
  "<disk type='file' device='cdrom'><source file='/tmp/cd.iso'/><target dev='hdc' bus='ide'/><readonly/></disk>" +
  "<disk type='file' device='cdrom'><target dev='hdd' bus='ide'/><readonly/></disk>" +
  "<interface type='network'><mac address='52:54:00:00:00:01'/><source network='default'/></interface>" +
  "<interface type='network'><mac address='52:54:00:00:00:02'/><source network='default'/></interface>" +
  '</devices></domain>';
const files = { 'two.xml': two };

/** attach-disk, attach-interface, detach-disk, detach-interface, change-media: XML built, checks, the driver's refusal. */
export const deviceChanges: Scenario[] = [
  each('attach-disk', 'attach-disk: option checks, --print-xml, addresses, the test driver has no attach', [
    'attach-disk test /tmp/a.img vdb',
    'attach-disk test /tmp/a.img vdb --print-xml',
    'attach-disk nosuch /tmp/a.img vdb --print-xml --mode readonly --type cdrom --driver qemu --subdriver raw --cache none --targetbus sata --serial abc',
    'attach-disk nosuch /tmp/a.img vdb',
    'attach-disk nosuch /tmp/a.img vdb --mode foo',
    'attach-disk test "" vdb',
    'attach-disk test a vdb --sourcetype foo',
    'attach-disk test a vdb --sourcetype network',
    'attach-disk test a vdb --source-protocol nbd --source-host-name h:10809 --print-xml',
    'attach-disk test a vdb --source-protocol nbd --source-host-transport unix --source-host-socket /s --print-xml',
    'attach-disk test a vdb --source-host-name x',
    'attach-disk test a vdb --config --current',
    'attach-disk test a vdb --persistent',
    'attach-disk test a vdb --wwn 12',
    'attach-disk test a vdb --sourcetype block --print-xml --rawio --iothread 1 --io native --alias ua-1 --wwn 0x5000c50015ea71ac',
    'attach-disk test "a<b" "v&b" --print-xml --serial "<x>"',
    'attach-disk test a vdb --address pci:0000.00.0a.0 --print-xml --multifunction',
    'attach-disk test a vdb --address foo --print-xml',
    'attach-disk test a sdb --address scsi:0.0.3 --print-xml',
    'attach-disk test a sdb --address pci:0.0.3.0 --print-xml',
    'attach-disk test a hdb --address ide:0.1.1 --print-xml',
    'attach-disk test a vdb --address ccw:fe.0.1 --print-xml',
    'attach-disk test a sdb --address usb:1.2 --print-xml',
  ]),
  each('attach-interface', 'attach-interface: types, rates, --print-xml, the test driver has no attach', [
    'attach-interface test network default',
    'attach-interface test network default --config',
    'attach-interface nosuch network default',
    'attach-interface test network default --print-xml --mac 52:54:00:11:22:33 --model virtio --target vnet9 --script /x --alias ua-x --inbound 100,200,300 --outbound 10 --managed',
    'attach-interface test foo default',
    'attach-interface test user x --print-xml',
    'attach-interface test bridge br0 --print-xml',
    'attach-interface test direct eth0 --print-xml',
    'attach-interface test hostdev 0000:00:03.0 --print-xml',
    'attach-interface test hostdev zz --print-xml',
    'attach-interface test vhostuser /s --print-xml',
    'attach-interface test vhostuser /s --source-mode server --print-xml',
    'attach-interface test network x --source-mode foo',
    'attach-interface test network default --inbound 0',
    'attach-interface test network default --inbound a',
    'attach-interface test network default --inbound 1,2,3,4,5',
    'attach-interface test network default --outbound 1,2,3,4',
    'attach-interface test network default --inbound 5,,,7 --outbound 3,,9 --print-xml',
    'attach-interface test network default --live --current',
  ]),
  each(
    'detach-devices',
    'detach-disk and detach-interface: finding the device, --print-xml, the refusal',
    [
      'detach-disk test vda',
      'detach-disk test vdz',
      'detach-disk test vda --print-xml',
      'detach-disk test /guest/diskimage1 --config',
      'detach-disk nosuch vda',
      'detach-disk test vda --current --live',
      'detach-interface test network',
      'detach-interface test bridge',
      'detach-interface test network --mac aa:bb:cc:dd:ee:ff',
      'detach-interface test network --mac 00:11:22:33:44:55',
      'detach-interface test network --print-xml',
      'detach-interface nosuch network',
      // found by the differential batch (seed 11): no "Failed to detach" with --print-xml
      'detach-interface test bridge --print-xml',
      'detach-interface test network --mac 00:11:22:33:44:55 --print-xml',
      'define two.xml; detach-interface two network',
      'define two.xml; detach-interface two network --mac 52:54:00:00:00:0X',
      'define two.xml; detach-interface two network --mac 52:54:0:0:0:2 --print-xml',
      'define two.xml; detach-interface two network --mac 52:54:00:00:00:02 --config',
      'define two.xml; detach-disk two hdd --print-xml; detach-disk two /tmp/cd.iso',
    ],
    { files },
  ),
  each(
    'change-media',
    'change-media: eject, insert, update on a CD-ROM, --print-xml, the refusal',
    [
      'change-media test vda /tmp/x.iso',
      'change-media nosuch hdc',
      'change-media test hdc --eject --insert',
      'change-media test hdc --update --block --eject',
      'change-media test hdc --live --current',
      'define two.xml; change-media two hdc',
      'define two.xml; change-media two hdc /x.iso',
      'define two.xml; change-media two hdc --eject --print-xml',
      'define two.xml; change-media two hdd /new.iso --print-xml',
      'define two.xml; change-media two hdc /new.iso --update --print-xml',
      'define two.xml; change-media two hdc /new.iso --insert',
      'define two.xml; change-media two hdc --insert',
      'define two.xml; change-media two hdd --update',
      'define two.xml; change-media two hdd --eject',
      'define two.xml; change-media two hdd /dev/sda --insert --block --print-xml',
      'define two.xml; change-media two hdc /n --update --config',
      'define two.xml; start two; change-media two hdc --eject --force',
    ],
    { files },
  ),
  runs('device-changes-readonly', 'a read-only connection refuses the device calls', [
    { args: ['-r', 'attach-disk test /tmp/a.img vdb'] },
    { args: ['-r', 'attach-interface test network default --config'] },
    { args: ['-r', 'detach-disk test vda'] },
    { args: ['-r', 'detach-interface test network --print-xml'] },
  ]),
];
