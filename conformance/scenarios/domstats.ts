import type { Scenario } from '../scenario';
import { each, runs } from './build';

const files = {
  'two.xml': "<domain type='test'><name>two</name><memory>1024</memory><os><type>hvm</type></os></domain>",
};

/**
 * domstats: the test driver reports the state group only. With several domains and no names the
 * order is the driver's hash table's, random from run to run: those cases name their domains.
 */
export const domstats: Scenario[] = [
  each(
    'domstats',
    'domstats: groups, --enforce, filters, named domains',
    [
      'domstats',
      'domstats --raw test',
      'domstats test --state --cpu-total --balloon --vcpu --interface --block --perf --iothread --memory --dirtyrate --vm',
      'domstats --cpu-total',
      'domstats --enforce --cpu-total',
      'domstats --enforce --cpu-total --balloon --vm --state',
      'domstats --enforce',
      'domstats test --enforce --iothread',
      // found by the differential batch (seed 11): --enforce applies to named domains; iothread is a group the driver has
      'domstats --enforce --cpu-total test',
      'domstats --iothread test; domstats --iothread --state --enforce test',
      'domstats test --list-inactive',
      'domstats nosuch',
      'domstats test nosuch',
      'domstats ""',
      'domstats test test',
      'domstats 1; domstats 6695eb01-f6a4-8304-79aa-97f2502e193f',
      'define two.xml; domstats two test; domstats --list-inactive; domstats --list-persistent --list-active',
      'suspend test; domstats --list-paused; domstats --list-other; domstats --backing --nowait',
      'destroy test; domstats',
      'create two.xml; domstats --list-transient; domstats --list-running --list-persistent',
    ],
    { files },
  ),
  runs('domstats-quiet', 'domstats under -q and -r', [{ args: ['-q', 'domstats'] }, { args: ['-r', 'domstats test'] }]),
];
