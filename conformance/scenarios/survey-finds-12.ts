import type { Scenario } from '../scenario';
import { each } from './build';

/** Divergences the session-12 surveys found (seeds 801–897 step 8), each fixed by libvirt's rule. */
export const surveyFinds12: Scenario[] = [
  each(
    'session-12-survey-finds',
    "send-process-signal reads --signame with vshCommandOptStringReq (seed 801); with the memory external, testDomainSnapshotAlignDisks makes disks external by default and virDomainSnapshotDefAssignExternalNames refuses a source that is not a regular file on the host, while an external disk with its own file passes (seed 817); create --console with no terminal prints the console's error and succeeds (seed 865)",
    [
      "send-process-signal test 1 --signame=''; send-process-signal test 1 --signame ''",
      'snapshot-create-as --name=a/b --description no --atomic --memspec /m 1',
      'snapshot-create-as test s1 --memspec /m,snapshot=external',
      'snapshot-create-as test s1 --memspec file=/m --diskspec vda,snapshot=internal; snapshot-list test --name',
      'snapshot-create-as test s1 --memspec /m --diskspec vda,snapshot=external,file=/x; snapshot-list test --name',
      'snapshot-create-as test s1 --memspec /m --diskspec vda,snapshot=no; snapshot-list test --name',
      'snapshot-create-as test s1 --diskspec vda,snapshot=no',
      'snapshot-create test mem.xml',
      'create g.xml --console; list --name',
      'create g.xml --console --paused',
    ],
    {
      files: {
        'g.xml':
          "<domain type='test'><name>g</name><uuid>00000000-0000-4000-8000-0000000000dd</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n",
        'mem.xml': "<domainsnapshot><name>m</name><memory snapshot='external' file='/m'/></domainsnapshot>\n",
      },
    },
  ),
  each(
    'session-12-libxml-context',
    "libvirt's catchXMLError prints the line around libxml2's position: a carriage return ends a line as a newline does (seed 833: a PNG read as a device document), a position on a line end counts as the line before, and the dashes stop at the line's end",
    ['nodedev-create --file shot.png', 'define cr.xml', 'define text.xml', 'define mismatch.xml', 'define open.xml'],
    {
      files: {
        'shot.png': '\x89PNG\r\n\x1a\n\0\0\0\rIHDR',
        'cr.xml': '<domain>\r\n<name>x\r\n</domain>\r\n',
        'text.xml': 'x\r\ny',
        'mismatch.xml': '<a></b>\n\n\n',
        'open.xml': '<a>\n\n',
      },
    },
  ),
  each(
    'session-12-learner-scripts',
    'scripts written by hand as an LPIC-3 learner would type them (not drawn by the generator): dominfo, vcpuinfo, setmem, setvcpus, attach-disk, snapshot-create-as, net-*, pool-*, vol-* with their usual mistakes; all agreed with real virsh when written',
    [
      'dominfo test',
      'vcpuinfo test; vcpucount test',
      'setmem test 512M; dominfo test',
      'setmem test 2G --config; dommemstat test',
      'setmaxmem test 4G --config; dumpxml test --inactive | head',
      'setvcpus test 1; vcpucount test',
      'setvcpus test 4 --config --maximum; vcpucount test',
      'attach-disk test /var/lib/libvirt/images/data.img vdb --cache none; domblklist test',
      'attach-disk test /tmp/x.img vdc --config --subdriver qcow2; domblklist test --details',
      'snapshot-create-as test snap1 "first snapshot"; snapshot-list test',
      'snapshot-create-as --domain test --name snap2 --description "before upgrade" --atomic; snapshot-info test snap2',
      'snapshot-create-as test s1; snapshot-revert test s1; snapshot-current test --name',
      'net-list --all; net-info default',
      'net-dumpxml default; net-autostart default; net-info default',
      'net-destroy default; net-start default; net-list',
      'net-define /tmp/nonexistent.xml',
      'net-create net.xml; net-list --all; net-dhcp-leases default',
      'pool-list --all --details; pool-info default-pool',
      'pool-define-as mypool dir --target /var/lib/libvirt/images; pool-build mypool; pool-start mypool; pool-autostart mypool; pool-list --all',
      'pool-refresh default-pool; vol-list default-pool --details',
      'vol-create-as default-pool disk1.qcow2 10G --format qcow2; vol-info disk1.qcow2 --pool default-pool',
      'vol-create-as default-pool d2 1G; vol-dumpxml --pool default-pool d2; vol-delete d2 --pool default-pool',
      'vol-clone --pool default-pool disk1 disk2; vol-list default-pool',
      'vol-resize --pool default-pool disk1 2G',
      'domstate test --reason; suspend test; domstate test --reason; resume test',
      'shutdown test; domstate test; start test; list --all',
      'destroy test; undefine test; list --all',
      'autostart test; dominfo test | grep -i autostart',
      'domifaddr test; domiflist test; domifstat test vnet0',
      'nodeinfo; nodememstats; capabilities | head -5',
      'setmem test 10G',
      'setvcpus test 3 --live; vcpuinfo test --pretty',
      'setvcpus test 0',
      'attach-disk test disk.img vdb; domblklist test',
      'attach-disk test /dev/sdb vdb --targetbus scsi --mode readonly; domblklist test --details',
      'detach-disk test vda; domblklist test',
      'attach-interface test network default --model virtio; domiflist test',
      'attach-interface --domain test --type bridge --source br0 --mac 52:54:00:aa:bb:cc --config; domiflist test --inactive',
      'vol-create-as default-pool x 1.5G; vol-info x --pool default-pool',
      'vol-create-as default-pool x 100M --allocation 0 --format raw; vol-info --bytes x --pool default-pool',
      'pool-destroy default-pool; pool-delete default-pool; pool-undefine default-pool; pool-list --all',
      "net-update default add ip-dhcp-host \"<host mac='52:54:00:00:00:01' name='web' ip='192.168.122.45'/>\" --live --config; net-dumpxml default",
      'net-undefine default; net-list --all',
      'snapshot-delete test snap1',
      'snapshot-create-as test s1 --disk-only',
      'domrename test renamed; list --all',
      'dumpxml test --xpath //memory',
      'domblkstat test vda --human',
      'memtune test; memtune test --hard-limit 1G; memtune test',
      'schedinfo test; schedinfo test --set weight=100',
      'blkiotune test; blkiotune test --weight 500',
      'domjobinfo test',
      'setvcpus test 2 --guest',
      'cpu-stats test --total',
      'domdisplay test; vncdisplay test',
      'ttyconsole test',
      'numatune test',
    ],
    {
      files: {
        'net.xml':
          "<network><name>lab</name><uuid>00000000-0000-4000-a000-0000000000ab</uuid><bridge name='virbr9'/><forward mode='nat'/><ip address='192.168.50.1' netmask='255.255.255.0'><dhcp><range start='192.168.50.10' end='192.168.50.99'/></dhcp></ip></network>\n",
      },
    },
  ),
  each(
    'session-12-network-ip',
    "a network's <ip> without --validate, by virNetworkIPDefParseXML: the address required and numeric (getaddrinfo's IPv4: 010.0.0.1 is 8.0.0.1, 10.1 is 10.0.0.1), the netmask, prefix and localPtr attributes, each family's rules (no family is IPv4), the first <dhcp>'s ranges (reversed, outside the network, missing ends) and hosts, bootp (IPv4, skipped without a file, printed only beside ranges or hosts), <tftp> (IPv4 only); addresses printed as virSocketAddrFormat spells them, a prefix of 0 not at all",
    [
      'net-define ip-n1.xml; net-dumpxml n1',
      'net-define ip-n2.xml; net-dumpxml n2',
      'net-define ip-n3.xml; net-dumpxml n3',
      'net-define ip-n4.xml; net-dumpxml n4',
      'net-define ip-n5.xml; net-dumpxml n5',
      'net-define ip-n6.xml; net-dumpxml n6',
      'net-define ip-n7.xml; net-dumpxml n7',
      'net-define ip-n8.xml; net-dumpxml n8',
      'net-define ip-n9.xml; net-dumpxml n9',
      'net-define ip-n10.xml; net-dumpxml n10',
      'net-define ip-n11.xml; net-dumpxml n11',
      'net-define ip-n12.xml; net-dumpxml n12',
      'net-define ip-n13.xml; net-dumpxml n13',
      'net-define ip-n14.xml; net-dumpxml n14',
      'net-define ip-n15.xml; net-dumpxml n15',
      'net-define ip-n16.xml; net-dumpxml n16',
      'net-define ip-n17.xml; net-dumpxml n17',
      'net-define ip-n18.xml; net-dumpxml n18',
      'net-define ip-n19.xml; net-dumpxml n19',
      'net-define ip-n20.xml; net-dumpxml n20',
      'net-define ip-n21.xml; net-dumpxml n21',
      'net-define ip-n22.xml; net-dumpxml n22',
      'net-define ip-n23.xml; net-dumpxml n23',
      'net-define ip-n24.xml; net-dumpxml n24',
      'net-define ip-n25.xml; net-dumpxml n25',
      'net-define ip-n26.xml; net-dumpxml n26',
      'net-define ip-n27.xml; net-dumpxml n27',
      'net-define ip-n28.xml; net-dumpxml n28',
      'net-define ip-n29.xml; net-dumpxml n29',
      'net-define ip-n30.xml; net-dumpxml n30',
      'net-define ip-n31.xml; net-dumpxml n31',
      'net-define ip-n32.xml; net-dumpxml n32',
      'net-define ip-n33.xml; net-dumpxml n33',
      'net-define ip-n101.xml; net-dumpxml n101',
      'net-define ip-n102.xml; net-dumpxml n102',
      'net-define ip-n103.xml; net-dumpxml n103',
      'net-define ip-n104.xml; net-dumpxml n104',
      'net-define ip-n105.xml; net-dumpxml n105',
      'net-define ip-n106.xml; net-dumpxml n106',
      'net-define ip-n107.xml; net-dumpxml n107',
      'net-define ip-n108.xml; net-dumpxml n108',
      'net-define ip-n109.xml; net-dumpxml n109',
      'net-define ip-n110.xml; net-dumpxml n110',
      'net-define ip-n111.xml; net-dumpxml n111',
      'net-define ip-n112.xml; net-dumpxml n112',
      'net-define ip-addr-010_0_0_1.xml; net-dumpxml a',
      'net-define ip-addr-10_1.xml; net-dumpxml a',
      'net-define ip-addr-0x0a_0_0_1.xml; net-dumpxml a',
      'net-define ip-addr-0x.xml; net-dumpxml a',
      'net-define ip-addr-256_0_0_1.xml; net-dumpxml a',
    ],
    {
      files: {
        'ip-n1.xml':
          "<network><name>n1</name><uuid>00000000-0000-4000-a000-000000000001</uuid><ip address='10.0.0.1' netmask='255.255.255.0'/></network>\n",
        'ip-n2.xml':
          "<network><name>n2</name><uuid>00000000-0000-4000-a000-000000000002</uuid><ip address='10.0.0.1' prefix='24'/></network>\n",
        'ip-n3.xml':
          "<network><name>n3</name><uuid>00000000-0000-4000-a000-000000000003</uuid><ip address='10.0.0.1' netmask='255.255.255.0' prefix='24'/></network>\n",
        'ip-n4.xml':
          "<network><name>n4</name><uuid>00000000-0000-4000-a000-000000000004</uuid><ip address='10.0.0.x' netmask='255.255.255.0'/></network>\n",
        'ip-n5.xml':
          "<network><name>n5</name><uuid>00000000-0000-4000-a000-000000000005</uuid><ip netmask='255.255.255.0'/></network>\n",
        'ip-n6.xml':
          "<network><name>n6</name><uuid>00000000-0000-4000-a000-000000000006</uuid><ip address='10.0.0.1' netmask='255.0.255.0'/></network>\n",
        'ip-n7.xml':
          "<network><name>n7</name><uuid>00000000-0000-4000-a000-000000000007</uuid><ip address='10.0.0.1' netmask='bogus'/></network>\n",
        'ip-n8.xml':
          "<network><name>n8</name><uuid>00000000-0000-4000-a000-000000000008</uuid><ip address='10.0.0.1' prefix='33'/></network>\n",
        'ip-n9.xml':
          "<network><name>n9</name><uuid>00000000-0000-4000-a000-000000000009</uuid><ip address='10.0.0.1' prefix='x'/></network>\n",
        'ip-n10.xml':
          "<network><name>n10</name><uuid>00000000-0000-4000-a000-000000000010</uuid><ip family='ipv6' address='2001:db8::1' prefix='64'/></network>\n",
        'ip-n11.xml':
          "<network><name>n11</name><uuid>00000000-0000-4000-a000-000000000011</uuid><ip family='ipv6' address='2001:db8::1' netmask='255.255.255.0'/></network>\n",
        'ip-n12.xml':
          "<network><name>n12</name><uuid>00000000-0000-4000-a000-000000000012</uuid><ip family='ipv6' address='10.0.0.1' prefix='64'/></network>\n",
        'ip-n13.xml':
          "<network><name>n13</name><uuid>00000000-0000-4000-a000-000000000013</uuid><ip family='ipv4' address='2001:db8::1' prefix='64'/></network>\n",
        'ip-n14.xml':
          "<network><name>n14</name><uuid>00000000-0000-4000-a000-000000000014</uuid><ip family='bogus' address='10.0.0.1' prefix='24'/></network>\n",
        'ip-n15.xml':
          "<network><name>n15</name><uuid>00000000-0000-4000-a000-000000000015</uuid><ip address='2001:db8::1' prefix='64'/></network>\n",
        'ip-n16.xml':
          "<network><name>n16</name><uuid>00000000-0000-4000-a000-000000000016</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip></network>\n",
        'ip-n17.xml':
          "<network><name>n17</name><uuid>00000000-0000-4000-a000-000000000017</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.9' end='10.0.0.2'/></dhcp></ip></network>\n",
        'ip-n18.xml':
          "<network><name>n18</name><uuid>00000000-0000-4000-a000-000000000018</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.1.2' end='10.0.1.9'/></dhcp></ip></network>\n",
        'ip-n19.xml':
          "<network><name>n19</name><uuid>00000000-0000-4000-a000-000000000019</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2'/></dhcp></ip></network>\n",
        'ip-n20.xml':
          "<network><name>n20</name><uuid>00000000-0000-4000-a000-000000000020</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='x' end='10.0.0.9'/></dhcp></ip></network>\n",
        'ip-n21.xml':
          "<network><name>n21</name><uuid>00000000-0000-4000-a000-000000000021</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'/></dhcp></ip></network>\n",
        'ip-n22.xml':
          "<network><name>n22</name><uuid>00000000-0000-4000-a000-000000000022</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='zz' ip='10.0.0.5'/></dhcp></ip></network>\n",
        'ip-n23.xml':
          "<network><name>n23</name><uuid>00000000-0000-4000-a000-000000000023</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.1.5'/></dhcp></ip></network>\n",
        'ip-n24.xml':
          "<network><name>n24</name><uuid>00000000-0000-4000-a000-000000000024</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host ip='10.0.0.5'/></dhcp></ip></network>\n",
        'ip-n25.xml':
          "<network><name>n25</name><uuid>00000000-0000-4000-a000-000000000025</uuid><ip address='10.0.0.1' netmask='255.255.255.0'/><ip address='10.0.1.1' netmask='255.255.255.0'><dhcp><range start='10.0.1.2' end='10.0.1.9'/></dhcp></ip><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip></network>\n",
        'ip-n26.xml':
          "<network><name>n26</name><uuid>00000000-0000-4000-a000-000000000026</uuid><ip family='ipv6' address='2001:db8::1' prefix='64'><dhcp><range start='2001:db8::10' end='2001:db8::20'/></dhcp></ip></network>\n",
        'ip-n27.xml':
          "<network><name>n27</name><uuid>00000000-0000-4000-a000-000000000027</uuid><ip family='ipv6' address='2001:db8::1' prefix='64'><dhcp><range start='2001:db8:1::10' end='2001:db8:1::20'/></dhcp></ip></network>\n",
        'ip-n28.xml':
          "<network><name>n28</name><uuid>00000000-0000-4000-a000-000000000028</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><tftp root='/srv'/></ip></network>\n",
        'ip-n29.xml':
          "<network><name>n29</name><uuid>00000000-0000-4000-a000-000000000029</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><bootp file='pxe'/></dhcp></ip></network>\n",
        'ip-n30.xml':
          "<network><name>n30</name><uuid>00000000-0000-4000-a000-000000000030</uuid><ip address='10.0.0.1'/></network>\n",
        'ip-n31.xml':
          "<network><name>n31</name><uuid>00000000-0000-4000-a000-000000000031</uuid><ip address='192.168.1.1'/></network>\n",
        'ip-n32.xml':
          "<network><name>n32</name><uuid>00000000-0000-4000-a000-000000000032</uuid><ip address='10.0.0.1' localPtr='yes' netmask='255.255.255.0'/></network>\n",
        'ip-n33.xml':
          "<network><name>n33</name><uuid>00000000-0000-4000-a000-000000000033</uuid><forward mode='bridge'/><bridge name='br0'/><ip address='10.0.0.1' netmask='255.255.255.0'/></network>\n",
        'ip-n101.xml':
          "<network><name>n101</name><uuid>00000000-0000-4000-a000-000000000101</uuid><ip family='ipv6' address='2001:DB8:0:0::1' prefix='064' localPtr='no'><tftp root='/srv'/><dhcp><bootp file='pxe' server='10.0.0.2'/><range start='2001:db8::10' end='2001:db8::20'><lease expiry='1' unit='hours'/></range></dhcp></ip></network>\n",
        'ip-n102.xml':
          "<network><name>n102</name><uuid>00000000-0000-4000-a000-000000000102</uuid><ip address='010.0.0.1' netmask='255.255.255.000' prefix='0' localPtr='yes'><tftp root='/srv'/><dhcp><bootp file='pxe' server='10.0.0.2'/><host mac='52:54:00:AA:00:01' name='h' ip='10.0.0.05'/></dhcp></ip></network>\n",
        'ip-n103.xml':
          "<network><name>n103</name><uuid>00000000-0000-4000-a000-000000000103</uuid><ip address='10.0.0.1' prefix='24'><dhcp><bootp server='10.0.0.2'/></dhcp></ip></network>\n",
        'ip-n104.xml':
          "<network><name>n104</name><uuid>00000000-0000-4000-a000-000000000104</uuid><ip address='10.0.0.1' prefix='24' localPtr='maybe'/></network>\n",
        'ip-n105.xml':
          "<network><name>n105</name><uuid>00000000-0000-4000-a000-000000000105</uuid><ip family='ipv6' address='2001:db8::1' prefix='129'/></network>\n",
        'ip-n106.xml':
          "<network><name>n106</name><uuid>00000000-0000-4000-a000-000000000106</uuid><ip family='ipv6' address='2001:db8::1' prefix='64'><tftp root='/srv'/></ip></network>\n",
        'ip-n107.xml':
          "<network><name>n107</name><uuid>00000000-0000-4000-a000-000000000107</uuid><ip address='10.0.0.1' netmask='ffff::'/></network>\n",
        'ip-n108.xml':
          "<network><name>n108</name><uuid>00000000-0000-4000-a000-000000000108</uuid><ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp><dhcp><range start='10.0.0.9' end='10.0.0.2'/></dhcp></ip></network>\n",
        'ip-n109.xml':
          "<network><name>n109</name><uuid>00000000-0000-4000-a000-000000000109</uuid><ip address='10.0.0.1' prefix='24'><dhcp><bootp file='x' server='zz'/></dhcp></ip></network>\n",
        'ip-n110.xml':
          "<network><name>n110</name><uuid>00000000-0000-4000-a000-000000000110</uuid><ip address=' 10.0.0.1' prefix='24'/></network>\n",
        'ip-n111.xml':
          "<network><name>n111</name><uuid>00000000-0000-4000-a000-000000000111</uuid><ip address='' prefix='24'/></network>\n",
        'ip-n112.xml':
          "<network><name>n112</name><uuid>00000000-0000-4000-a000-000000000112</uuid><ip family='' address='10.0.0.1' prefix='24'/></network>\n",
        'ip-addr-010_0_0_1.xml':
          "<network><name>a</name><uuid>00000000-0000-4000-a000-0000000002aa</uuid><ip address='010.0.0.1' prefix='8'/></network>\n",
        'ip-addr-10_1.xml':
          "<network><name>a</name><uuid>00000000-0000-4000-a000-0000000002aa</uuid><ip address='10.1' prefix='8'/></network>\n",
        'ip-addr-0x0a_0_0_1.xml':
          "<network><name>a</name><uuid>00000000-0000-4000-a000-0000000002aa</uuid><ip address='0x0a.0.0.1' prefix='8'/></network>\n",
        'ip-addr-0x.xml':
          "<network><name>a</name><uuid>00000000-0000-4000-a000-0000000002aa</uuid><ip address='0x' prefix='8'/></network>\n",
        'ip-addr-256_0_0_1.xml':
          "<network><name>a</name><uuid>00000000-0000-4000-a000-0000000002aa</uuid><ip address='256.0.0.1' prefix='8'/></network>\n",
      },
    },
  ),
];
