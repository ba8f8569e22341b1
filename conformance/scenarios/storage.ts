import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

const files = {
  'pool.xml':
    "<pool type='dir'>\n  <name>lab</name>\n  <uuid>11111111-2222-3333-4444-555555555555</uuid>\n  <target><path>/var/lib/lab//images/</path></target>\n</pool>\n",
  'pool-netfs.xml':
    "<pool type='netfs'><name>nfs</name><uuid>22222222-2222-3333-4444-555555555555</uuid><source><host name='nas' port='2049'/><dir path='/export'/><format type='nfs'/></source><target><path>/mnt/nfs</path></target></pool>\n",
  'pool-logical.xml':
    "<pool type='logical'><name>vg</name><uuid>33333333-2222-3333-4444-555555555555</uuid><source><device path='/dev/sdb'/><device path='/dev/sdc'/></source></pool>\n",
  'pool-no-type.xml': '<pool><name>x</name></pool>\n',
  'pool-no-name.xml': "<pool type='dir'><target><path>/x</path></target></pool>\n",
  'pool-bad-uuid.xml': "<pool type='dir'><name>x</name><uuid>zz</uuid><target><path>/x</path></target></pool>\n",
  'pool-rbd.xml': "<pool type='rbd'><name>r</name><source><host name='mon'/></source></pool>\n",
  'not-pool.xml': '<network/>\n',
  'garbage.xml': 'garbage',
  'vol.xml':
    "<volume><name>disk1</name><capacity unit='MiB'>5</capacity><target><format type='qcow2'/></target></volume>\n",
  'vol-alloc.xml': "<volume><name>disk2</name><capacity unit='G'>2</capacity><allocation>0</allocation></volume>\n",
  'vol-no-name.xml': '<volume><capacity>5</capacity></volume>\n',
  'vol-bad-format.xml': "<volume><name>v</name><capacity>5</capacity><target><format type='xyz'/></target></volume>\n",
  'vol-huge.xml': "<volume><name>v</name><capacity unit='E'>9</capacity><allocation>0</allocation></volume>\n",
  'not-vol.xml': '<pool/>\n',
  'src.xml': '<source><host name="nas2"/></source>\n',
  'src-open.xml': '<source><host name="x"/>\n',
};

/** Storage pools and volumes on the test driver: its `default-pool`, pools and volumes made from arguments and files. */
export const storage: Scenario[] = [
  script(
    'pool-default',
    'the test driver default pool, listed and shown every way',
    'pool-list; pool-list --all; pool-list --inactive; pool-list --details; pool-list --name; pool-list --uuid; pool-list --uuid --name; pool-list --type dir; pool-list --type fs,netfs; pool-list --persistent --autostart; pool-list --transient; pool-info default-pool; pool-info --bytes default-pool; pool-dumpxml default-pool; pool-uuid default-pool; pool-name dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566; pool-info dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566; vol-list default-pool; vol-list default-pool --details',
  ),
  each('pool-lookup-errors', 'unknown pools, lookups by the wrong kind, options refused', [
    'pool-info nosuch',
    'pool-uuid dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566',
    'pool-name default-pool',
    'pool-name 11111111-2222-3333-4444-555555555555',
    'pool-info 11111111-2222-3333-4444-55555555555x',
    "pool-info ''",
    'pool-dumpxml default-pool --inactive',
    'pool-list --all --inactive',
    'pool-list --details --name',
    'pool-list --details --uuid',
    'pool-list --type bogus',
    "pool-list --type ''",
    'pool-start nosuch',
    'vol-list nosuch',
    'pool-dumpxml default-pool --xpath //name',
    'pool-dumpxml default-pool --xpath //path --wrap',
    "pool-dumpxml nosuch --xpath ''",
    "pool-dumpxml default-pool --inactive --xpath ''",
    "vol-create-as default-pool a 1k; vol-dumpxml a default-pool --xpath 'count(//*)'; vol-dumpxml a default-pool --xpath ''",
  ]),
  script(
    'pool-lifecycle',
    'destroy, start, build, delete, refresh, autostart and undefine a pool',
    'pool-destroy default-pool; pool-list; pool-list --inactive; pool-list --all --details; pool-info default-pool; vol-list default-pool; pool-destroy default-pool; pool-refresh default-pool; pool-build default-pool; pool-build default-pool --overwrite; pool-build default-pool --no-overwrite --overwrite; pool-delete default-pool; pool-start default-pool --build; pool-start default-pool --overwrite --no-overwrite; pool-start default-pool; pool-start default-pool; pool-build default-pool; pool-delete default-pool; pool-refresh default-pool; pool-autostart default-pool; pool-list --all --autostart; pool-list --all --no-autostart; pool-autostart default-pool --disable; pool-undefine default-pool; pool-destroy default-pool; pool-undefine default-pool; pool-list --all; pool-info default-pool',
  ),
  runs('pool-define-as', 'pools defined and created from arguments, per type', [
    {
      args: [
        'pool-define-as p dir --target /srv//p/; pool-list --all; pool-dumpxml p; pool-info p; pool-start p; pool-list --all --details; pool-create-as t dir --target /t; pool-list --all --transient; pool-info t; pool-autostart t; pool-undefine t; pool-destroy t; pool-list --all; pool-define-as p dir --target /srv/p; pool-create-as p dir --target /q; pool-define-as q dir --target /srv/p; pool-create-as d dir --target /x --build',
      ],
    },
    {
      args: [
        'pool-define-as p dir --print-xml --source-host h --source-path sp --source-dev sd --source-name sn --target /t --source-format fmt --auth-type chap --auth-username u --secret-usage su --adapter-name an --source-protocol-ver 3 --source-initiator iqn',
      ],
    },
    { args: ['pool-define-as p dir --print-xml --adapter-wwnn a --adapter-wwpn b --adapter-parent c'] },
    {
      args: [
        'pool-create-as p dir --print-xml --adapter-parent-wwnn a --adapter-parent-wwpn b --adapter-wwnn a --adapter-wwpn b',
      ],
    },
    {
      args: [
        'pool-define-as p dir --print-xml --adapter-parent-fabric-wwn f --adapter-wwnn a --adapter-wwpn b --auth-type chap',
      ],
    },
    { args: ['pool-define-as p dir --secret-usage a --secret-uuid b'] },
    {
      args: [
        'pool-define-as p fs --source-dev /dev/sdb --target /mnt; pool-dumpxml p; pool-define-as q fs --source-dev /d --target /q --source-format bogus',
      ],
    },
    {
      args: [
        'pool-define-as p netfs --source-host nas --source-path /e --target /mnt --source-protocol-ver 4; pool-dumpxml p; pool-define-as q netfs --source-host h --target /t',
      ],
    },
    { args: ['pool-define-as p logical; pool-dumpxml p; pool-define-as z zfs --source-name tank; pool-dumpxml z'] },
    {
      args: [
        'pool-define-as p disk --source-dev /dev/sdb --target /dev; pool-dumpxml p; pool-define-as q disk --target /x',
      ],
    },
    {
      args: [
        'pool-define-as p iscsi --source-host h --source-dev iqn.x --target /dev/disk/by-path --source-initiator iqn.y --auth-type chap --auth-username u --secret-usage s; pool-dumpxml p',
      ],
    },
    {
      args: [
        'pool-define-as p rbd --source-host mon --source-name rbdpool --auth-type ceph --auth-username admin --secret-uuid 11111111-2222-3333-4444-555555555555; pool-dumpxml p; pool-define-as q rbd --source-host mon',
      ],
    },
    {
      args: [
        'pool-define-as p gluster --source-host g; pool-dumpxml p; pool-define-as s sheepdog --source-host h; pool-dumpxml s; pool-define-as v vstorage --target /v; pool-dumpxml v',
      ],
    },
    {
      args: [
        'pool-define-as p scsi --adapter-name host0 --target /dev/disk/by-path; pool-dumpxml p; pool-define-as q scsi --target /t; pool-define-as i iscsi-direct --source-host h',
      ],
    },
    {
      args: [
        'pool-define-as p mpath --target /dev/mapper; pool-dumpxml p; pool-define-as bad bogus; pool-define-as x dir',
      ],
    },
    {
      args: [
        'pool-define-as "a<b" dir --target /t; pool-define-as p dir --target "/x<y"; pool-define-as q dir --adapter-name "it\'s" --target /q',
      ],
    },
    {
      args: [
        "pool-define-as 'a/b' dir --target /t; pool-define-as \"a'b\" dir --target /t; pool-info \"a'b\"; pool-define-as '<x>' dir --target /u",
      ],
    },
    { args: ['-q', 'pool-define-as p dir --target /p; pool-start p; pool-destroy p; pool-autostart p'] },
    {
      args: [
        '-r',
        'pool-define-as p dir --target /p; pool-destroy default-pool; pool-autostart default-pool; pool-list',
      ],
    },
  ]),
  runs(
    'pool-define-files',
    'pools defined and created from files, and the files refused',
    [
      {
        args: [
          'pool-define pool.xml; pool-dumpxml lab; pool-create pool-netfs.xml; pool-dumpxml nfs; pool-define pool-logical.xml; pool-dumpxml vg; pool-list --all --details; pool-create pool.xml; pool-create pool.xml --build; pool-create pool.xml --overwrite --no-overwrite',
        ],
      },
      { args: ['pool-define pool-no-type.xml'] },
      { args: ['pool-define pool-no-name.xml'] },
      { args: ['pool-define pool-bad-uuid.xml'] },
      { args: ['pool-create pool-rbd.xml'] },
      { args: ['pool-define not-pool.xml'] },
      { args: ['pool-define garbage.xml'] },
      { args: ['pool-define missing.xml'] },
      { args: ['-r', 'pool-define pool.xml'] },
    ],
    { files },
  ),
  script(
    'vol-create-as',
    'volumes made from arguments: sizes, formats, backing stores, the pool filling up',
    "vol-create-as default-pool a 1G --allocation 100M; vol-create-as default-pool b 2G --format qcow2; pool-info default-pool; pool-dumpxml default-pool; pool-list --details; vol-list default-pool --details; vol-dumpxml b default-pool; vol-create-as default-pool a 1G; vol-create-as default-pool c 200G; vol-create-as default-pool c 50G --allocation 200G; vol-create-as default-pool d 1G --format qcow2 --backing-vol a --backing-vol-format raw; vol-dumpxml --pool default-pool d; vol-create-as default-pool e 1G --backing-vol nosuch; vol-create-as default-pool f 0; vol-info f default-pool; vol-create-as default-pool g 9223372036854775807 --allocation 0; vol-create-as default-pool h 9223372036854775808 --allocation 0; vol-create-as default-pool i 8E --allocation 0; vol-create-as default-pool j 1x; vol-create-as default-pool j -1; vol-create-as default-pool j 20000000000000000000; vol-create-as default-pool j 1G --format bogus; vol-create-as default-pool j 1G --prealloc-metadata; vol-create-as default-pool k 1G --print-xml --allocation 1k --format qcow2 --backing-vol a; vol-create-as default-pool 'a&b' 1; vol-create-as default-pool x/y 1k; vol-list default-pool; vol-create-as nosuch a 1G; vol-info g default-pool; vol-info g default-pool --bytes",
  ),
  script(
    'vol-lookup',
    'volumes found by name in a pool, by key and by path, and the queries on them',
    'vol-create-as default-pool a 1G --allocation 1M; vol-info a --pool default-pool; vol-info /default-pool/a; vol-info a; vol-info nosuch --pool default-pool; vol-info a --pool nosuch; vol-key a default-pool; vol-path --pool default-pool a; vol-path a; vol-name /default-pool/a; vol-name a; vol-pool /default-pool/a; vol-pool /default-pool/a --uuid; vol-pool a; vol-dumpxml /default-pool/a; vol-info a default-pool --physical; vol-info "" ; vol-info a --pool ""; pool-destroy default-pool; vol-info /default-pool/a; vol-info a --pool default-pool; vol-list default-pool; vol-create-as default-pool b 1G; pool-start default-pool; vol-list default-pool',
  ),
  runs(
    'vol-change',
    'volumes cloned, deleted, created from files; what the test driver cannot do to a volume',
    [
      {
        args: [
          'vol-create-as default-pool a 1G --allocation 1M; vol-clone a b --pool default-pool; vol-clone a b --pool default-pool --print-xml; vol-clone /default-pool/a a; vol-clone a c --pool default-pool --reflink; vol-clone a c --pool default-pool --prealloc-metadata; vol-list default-pool --details; vol-delete a default-pool --delete-snapshots; vol-delete a default-pool; vol-delete /default-pool/b; vol-list default-pool; pool-info default-pool',
        ],
      },
      {
        args: [
          'vol-create default-pool vol.xml; vol-dumpxml disk1 default-pool; vol-create default-pool vol.xml; vol-create default-pool vol-alloc.xml; vol-create-from default-pool vol-alloc.xml disk1; vol-create-from default-pool vol.xml nosuch --inputpool default-pool; vol-list default-pool --details; vol-create default-pool vol-no-name.xml; vol-create default-pool vol-bad-format.xml; vol-create default-pool vol-huge.xml; vol-create default-pool not-vol.xml; vol-create default-pool garbage.xml; vol-create default-pool missing.xml; vol-create default-pool vol.xml --prealloc-metadata',
        ],
      },
      {
        args: [
          'vol-create-as default-pool a 1G; vol-resize a 2G --pool default-pool; vol-resize a 1G --pool default-pool --delta --allocate; vol-resize a -1G --pool default-pool; vol-resize a -1G --pool default-pool --shrink; vol-resize a 1x --pool default-pool; vol-wipe a --pool default-pool; vol-wipe a --pool default-pool --algorithm zero; vol-wipe a --pool default-pool --algorithm dod; vol-wipe a --pool default-pool --algorithm bogus; vol-upload a nosuchfile --pool default-pool; vol-upload nosuch f --length -1; vol-upload nosuch f --offset -1; vol-download nosuch f --length -18446744073709551616; vol-upload a vol.xml --pool default-pool; vol-download a /nonexist/dir/x --pool default-pool',
        ],
      },
      { args: ['-q', 'vol-create-as default-pool a 1G; vol-clone /default-pool/a b; vol-delete /default-pool/b'] },
      {
        args: [
          '-r',
          'vol-create-as default-pool a 1G; vol-list default-pool; vol-create default-pool vol.xml; vol-resize /default-pool/a 1G; pool-refresh default-pool',
        ],
      },
    ],
    { files },
  ),
  runs(
    'pool-sources',
    'find-storage-pool-sources(-as): the test driver answers for logical and netfs pools',
    [
      {
        args: [
          'find-storage-pool-sources logical; find-storage-pool-sources netfs; find-storage-pool-sources netfs src.xml; find-storage-pool-sources logical not-vol.xml; find-storage-pool-sources netfs src-open.xml; find-storage-pool-sources logical missing.xml; find-storage-pool-sources dir; find-storage-pool-sources iscsi; find-storage-pool-sources bogus',
        ],
      },
      {
        args: [
          'find-storage-pool-sources-as netfs --host nas; find-storage-pool-sources-as netfs --host nas --port 2049 --initiator iqn.x; find-storage-pool-sources-as logical; find-storage-pool-sources-as netfs; find-storage-pool-sources-as iscsi --host h; find-storage-pool-sources-as netfs --host "a<b"; find-storage-pool-sources-as netfs --host ""; find-storage-pool-sources-as netfs --host h --port ""',
        ],
      },
      { args: ['-r', 'find-storage-pool-sources logical'] },
    ],
    { files },
  ),
  script(
    'pool-node-file',
    'a node file without pools',
    'pool-list --all; pool-info default-pool; vol-list default-pool',
    {
      fixture: 'mixed.xml',
    },
  ),
];
