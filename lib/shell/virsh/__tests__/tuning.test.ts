import { describe, expect, it } from 'vitest';
import { parseDomainXml } from '../../../sim/xml/parse';
import { formatDomainXml } from '../../../sim/xml/format';
import { labWorld } from '../../../sim/worlds/lab';
import { runConsoleLine } from '../../console';

const run = (host: string, line: string) =>
  runConsoleLine({ world: labWorld(), host, line, now: Date.UTC(2026, 11, 6), cwd: '/root' });

describe('tuning commands', () => {
  const lines = [
    'blkiotune web01',
    'blkdeviotune web01 vda',
    'numatune web01',
    'perf web01',
    'domiftune web01 vnet0',
    'iothreadinfo web01',
    'iothreadadd web01 1',
  ];
  for (const line of lines)
    it(`kvm1: virsh ${line} says in one line that VirtLab does not model it`, () => {
      const r = run('kvm1', `virsh ${line}`);
      expect(r.stderr).toBe(`error: command '${line.split(' ')[0]}' is not simulated by VirtLab\n`);
      expect(r.status).toBe(1);
    });

  it('test driver: what the commands set, dumpxml shows, and a definition parsed from it keeps', () => {
    const script = [
      'blkiotune test --weight 300 --device-weights /dev/sda,5 --device-write-bytes-sec /dev/sdb,18446744073709551615',
      'iothreadadd test 4',
      'iothreadadd test 2',
      'iothreadpin test 4 1-2',
      'numatune test --nodeset 0',
      'perf test --enable cmt --disable mbmt',
      'domiftune test testnet0 --inbound 10,20,30 --outbound 5',
      'blkdeviotune test vda --group-name "a&b" --total-iops-sec 5 --total-iops-sec-max 9',
      'dumpxml test',
    ].join('; ');
    const r = run('kvm1', `virsh -c test:///default '${script}'`);
    expect(r.stderr).toBe('');
    const xml = r.stdout.slice(r.stdout.indexOf('<domain'), r.stdout.indexOf('</domain>') + '</domain>\n'.length);
    for (const part of [
      '<weight>300</weight>',
      '<write_bytes_sec>18446744073709551615</write_bytes_sec>',
      "<iothread id='4'/>",
      "<iothreadpin iothread='4' cpuset='1-2'/>",
      "<memory mode='strict' nodeset='0'/>",
      "<event name='mbmt' enabled='no'/>",
      "<inbound average='10' peak='20' burst='30'/>",
      '<group_name>a&amp;b</group_name>',
    ])
      expect(xml).toContain(part);
    const def = parseDomainXml(xml);
    expect(def.ok && formatDomainXml(def.value, { id: 1 })).toBe(xml);
  });
});
