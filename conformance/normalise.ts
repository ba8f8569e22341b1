import { fixturesDir } from './paths';

/**
 * Values libvirt's test driver derives from the wall clock (see README.md): each pattern
 * keeps the line's layout and replaces only the number.
 */
const volatileValues: Array<[RegExp, string]> = [
  // dominfo and vcpuinfo: "CPU time:       1795617769.2s" (g_get_real_time based)
  [/^(CPU time:\s+)\d+(?:\.\d+)?s$/gm, '$1<cpu-time>s'],
  // domifstat: "testnet0 rx_bytes 179561778153940"
  [/^(\S+ (?:rx|tx)_(?:bytes|packets|errs|drop) )\d+$/gm, '$1<ifstat>'],
  // domblkstat: "vda rd_req 179561776923471"
  [/^(\S+ (?:rd_req|rd_bytes|wr_req|wr_bytes|errs) )\d+$/gm, '$1<blkstat>'],
  // domblkstat --human: " number of read operations:      179561778153945"
  [
    /^( (?:number of read operations|number of bytes read|number of write operations|number of bytes written|error count):\s+)\d+$/gm,
    '$1<blkstat>',
  ],
  // snapshot-list: the snapshot's creation time, local clock
  [/\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}\b/g, '<creation-time>'],
  // snapshot-dumpxml: <creationTime>1795617781</creationTime>
  [/<creationTime>\d+<\/creationTime>/g, '<creationTime><creation-time></creationTime>'],
  // screenshot without a file name: "Screenshot saved to test-2026-12-06-21:04:45.png" (local time;
  // real virsh and the lab run a moment apart, so a second may turn between them)
  [/-\d{4}-\d\d-\d\d-\d\d:\d\d:\d\d\./g, '-<screenshot-time>.'],
  // pool-define-as, pool-create and the other XML without a <uuid>: libvirt makes up a random
  // (version 4) UUID; the fixed UUIDs of the test driver and of the scenarios are not version 4.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g, '<random-uuid>'],
];

/**
 * Applied to real virsh's output and to the simulator's alike: the scenario's temp dir
 * becomes $WORKDIR, the fixtures dir $FIXTURES, and the clock-derived numbers placeholders.
 */
export function normalise(text: string, workdir: string, options = { volatile: true }): string {
  let out = text.split(workdir).join('$WORKDIR').split(fixturesDir).join('$FIXTURES');
  if (options.volatile) for (const [pattern, replacement] of volatileValues) out = out.replace(pattern, replacement);
  return out;
}
