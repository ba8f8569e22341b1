import fc from 'fast-check';
import { PERF_EVENTS } from '../../lib/sim/ops/numa-perf';
import { cpulistValue, nameValue, scaledValue, stringValue } from './values';

/**
 * Values for the tuning commands' options (blkiotune, blkdeviotune, numatune, perf, domiftune):
 * what test:///default's `test` has (disk vda, interface testnet0), the edges of each parser, and
 * words none of them accepts.
 */
const diskValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('vda', '/guest/diskimage1') },
  { weight: 2, arbitrary: fc.constantFrom('vdb', 'hda', '/guest') },
  { weight: 1, arbitrary: stringValue },
);

const netValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('testnet0', 'aa:bb:cc:dd:ee:ff', 'AA:BB:CC:DD:EE:FF', 'a:b:c:d:e:f') },
  { weight: 2, arbitrary: fc.constantFrom('vnet0', '00:11:22:33:44:55', 'default') },
  { weight: 1, arbitrary: stringValue },
);

const rateValue = fc.oneof(
  fc
    .array(fc.constantFrom('', '0', '5', '100', '4294967295', '4294967296', 'x', '-1', ' 7'), {
      minLength: 1,
      maxLength: 5,
    })
    .map((a) => a.join(',')),
  fc.constantFrom('100,200,300,400', ',,,5', '0,5', '10,,5', '1k', ''),
);

const numaModeValue = fc.constantFrom(
  'strict',
  'preferred',
  'interleave',
  'restrictive',
  '0',
  '1',
  '2',
  '3',
  '4',
  '-1',
  '0x1',
  '010',
  ' 2',
  'Strict',
  'bogus',
  '',
);

const perfValue = fc.oneof(
  fc
    .array(fc.constantFrom(...PERF_EVENTS, 'bogus', '', ' cmt'), { minLength: 1, maxLength: 3 })
    .map((a) => a.join(',')),
  fc.constantFrom(',', 'cmt,cmt', ''),
);

const blkioDevicesValue = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.constantFrom('/dev/sda', '/dev/sdb', '/dev/vda', ''),
        fc.constantFrom('0', '10', '500', '-1', 'abc', '1k', '4294967296', '18446744073709551615', ' 3'),
      ),
      { minLength: 1, maxLength: 2 },
    )
    .map((pairs) => pairs.map(([p, v]) => `${p},${v}`).join(',')),
  fc.constantFrom('/dev/sda', '/dev/sda,1,', ',', ''),
);

/** The value an option of these commands takes, or undefined to let grammar.ts choose. */
export function tuningValue(command: string, option: string): fc.Arbitrary<string> | undefined {
  if (command === 'blkdeviotune') {
    if (option === 'device') return diskValue;
    if (/bytes-sec(-max)?$/.test(option)) return scaledValue;
    if (option === 'group-name') return nameValue;
  }
  if (command === 'domiftune') {
    if (option === 'interface') return netValue;
    if (option === 'inbound' || option === 'outbound') return rateValue;
  }
  if (command === 'numatune') {
    if (option === 'mode') return numaModeValue;
    if (option === 'nodeset') return fc.oneof(cpulistValue, fc.constantFrom('16383', '16384', '0,^0'));
  }
  if (command === 'perf' && (option === 'enable' || option === 'disable')) return perfValue;
  if (command === 'blkiotune' && option.startsWith('device-')) return blkioDevicesValue;
  return undefined;
}
