import type { Host, InterfaceDef, NetworkDef, PoolDef, World } from '../types';
import { makeDef, makeDomain, makeWorld } from './builders';
import { testDefaultNodeDevices } from './test-node-devices';
import { parseInterfaceXml } from '../xml/interface-xml';

/** The node facts of libvirt's test driver (testNodeInfo / testDriverNodeInfo). */
export function testDriverHost(name: string, uri: string): Host {
  return {
    name,
    hostname: 'localhost',
    uri,
    driver: 'test',
    hypervisor: 'TEST',
    hypervisorVersion: '0.0.2',
    cpu: {
      model: 'i686',
      vendor: 'unknown',
      mhz: 1400,
      nodes: 2,
      sockets: 2,
      cores: 2,
      threads: 2,
      mapCpus: 8,
      onlineMask: [0, 2, 4],
      flags: [],
    },
    memoryKiB: 3145728,
    cellsFreeKiB: [2048, 4096],
    kernelModules: [],
    files: {},
    nextId: 1,
    domains: [],
    address: '127.0.0.1',
    reachable: true,
  };
}

/** test:///default exactly as the test driver starts it: one running domain, `test`, id 1. */
export function testDefaultWorld(): World {
  const def = makeDef('test', '6695eb01-f6a4-8304-79aa-97f2502e193f', {
    type: 'test',
    osType: 'hvm',
    arch: 'i686',
    memoryKiB: 8388608,
    currentMemoryKiB: 2097152,
    vcpuMax: 2,
    vcpus: 2,
    disks: [
      {
        type: 'file',
        device: 'disk',
        source: '/guest/diskimage1',
        target: 'vda',
        bus: 'virtio',
        address: "type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'",
      },
    ],
    interfaces: [
      {
        type: 'network',
        source: 'default',
        mac: 'aa:bb:cc:dd:ee:ff',
        target: 'testnet0',
        address: "type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'",
      },
    ],
    memballoon: { model: 'virtio', address: "type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'" },
  });
  const host = testDriverHost('test', 'test:///default');
  host.domains = [makeDomain(def, { state: 'running', reason: 'unknown', id: 1 })];
  host.nextId = 2;
  host.networks = [{ def: testDefaultNetwork, active: true, persistent: true, autostart: false }];
  host.nodeDevices = testDefaultNodeDevices;
  host.interfaces = [{ def: testDefaultInterface(), active: true }];
  host.pools = [{ def: testDefaultPool, active: true, persistent: true, autostart: false, volumes: [] }];
  return makeWorld([host]);
}

/** The test driver's `default` network (defaultConnXML). */
const testDefaultNetwork: NetworkDef = {
  name: 'default',
  uuid: 'dd8fe884-6c02-601e-7551-cca97df1c5df',
  forward: { mode: 'nat' },
  bridge: { name: 'virbr0' },
  ips: [
    {
      address: '192.168.122.1',
      netmask: '255.255.255.0',
      ranges: [{ start: '192.168.122.2', end: '192.168.122.254' }],
      hosts: [],
    },
  ],
};

/** The test driver's `default-pool` (defaultPoolXML): an empty directory pool. */
const testDefaultPool: PoolDef = {
  type: 'dir',
  name: 'default-pool',
  uuid: 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566',
  source: { hosts: [], devices: [] },
  target: '/default-pool',
};

/** The test driver's eth1 (defaultConnXML), read as the driver reads it. */
function testDefaultInterface(): InterfaceDef {
  const r = parseInterfaceXml(
    '<interface type="ethernet" name="eth1"><start mode="onboot"/><mac address="aa:bb:cc:dd:ee:ff"/><mtu size="1492"/><protocol family="ipv4"><ip address="192.168.0.5" prefix="24"/><route gateway="192.168.0.1"/></protocol></interface>',
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
