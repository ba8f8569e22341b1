import { describe, expect, it } from 'vitest';
import { parseVirshArgv } from '../argv';
import { treeLines } from '../commands/snapshot-list';
import { prettyCapacity } from '../commands/devices';
import { diskspecXml, memspecXml } from '../commands/snapshot-xml';

describe("virsh's own options (getopt)", () => {
  it('bundles short options and attaches values', () => {
    expect(parseVirshArgv(['-qr', '-ctest:///default', 'list', '--all'])).toMatchObject({
      quiet: true,
      readonly: true,
      uri: 'test:///default',
      rest: ['list', '--all'],
    });
    expect(parseVirshArgv(['--connect=test:///default', '--', '-x'])).toMatchObject({
      uri: 'test:///default',
      rest: ['-x'],
    });
  });

  it('answers -h, -v, -V and reports bad options as virsh does', () => {
    expect(parseVirshArgv(['-h']).exit).toEqual({ kind: 'help' });
    expect(parseVirshArgv(['--version=long']).exit).toEqual({ kind: 'long-version' });
    expect(parseVirshArgv(['-x']).exit).toEqual({ kind: 'error', message: "unsupported option '-x'. See --help." });
    expect(parseVirshArgv(['--quiet=1']).exit).toEqual({
      kind: 'error',
      message: "unsupported option '-q'. See --help.",
    });
    expect(parseVirshArgv(['-c']).exit).toEqual({
      kind: 'error',
      message: "option '-c'/'--connect' requires an argument",
    });
    expect(parseVirshArgv(['-e', 'xx']).exit).toEqual({
      kind: 'error',
      message: "Invalid string 'xx' for escape sequence",
    });
    expect(parseVirshArgv(['--debug=9', 'uri']).warnings).toEqual(['ignoring debug level 9 out of range [0-4]']);
  });
});

describe('virsh output helpers', () => {
  it('vshTreePrint: branches with +- and |, a blank line after the last leaf', () => {
    const parent: Record<string, string | undefined> = { a: undefined, b: 'a', c: 'a', d: 'c' };
    expect(treeLines(['a', 'b', 'c', 'd'], (n) => parent[n])).toBe(
      'a\n  |\n  +- b\n  +- c\n      |\n      +- d\n        \n',
    );
  });

  it('vshPrettyCapacity and snapshot specs', () => {
    expect([prettyCapacity(1099506450432n), prettyCapacity(1099511627776n), prettyCapacity(512n)]).toEqual([
      '1023.995 GiB',
      '1.000 TiB',
      '512.000 B',
    ]);
    expect(memspecXml('/y,snapshot=external')).toBe("  <memory snapshot='external' file='/y'/>\n");
    expect(diskspecXml('vda,stype=block,file=/x')).toBe(
      "    <disk name='vda' type='block'>\n      <source dev='/x'/>\n    </disk>\n",
    );
    expect(diskspecXml('vda,bogus=1')).toEqual({ error: 'unable to parse diskspec: vda,bogus=1' });
  });
});
