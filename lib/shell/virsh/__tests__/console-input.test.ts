import { describe, expect, it } from 'vitest';
import { keycodeKnown } from '../../../sim/ops/console-input';
import { memoryFs } from '../../host-fs';
import { virshMain } from '../../virsh-main';

function virsh(line: string, now = 0) {
  let files: Record<string, string> = {};
  const r = virshMain({
    argv: ['-c', 'test:///default', line],
    fs: memoryFs({}, (f) => {
      files = f;
    }),
    now,
  });
  return { ...r, files };
}

describe('virsh screenshot and send-key on the test driver', () => {
  it('screenshot without --file names the file after the domain and the time, and writes a PNG there', () => {
    const r = virsh('screenshot test', Date.UTC(2026, 11, 6, 9, 5, 7));
    const file = 'test-2026-12-06-09:05:07.png';
    expect(r.stdout).toBe(`Screenshot saved to ${file}, with type of image/png\n`);
    const png = r.files[`/root/${file}`];
    expect(png.slice(0, 8)).toBe('\x89PNG\r\n\x1a\n');
    // IHDR: 1120 x 832, 8-bit grayscale, as the test driver's own picture.
    expect([...png.slice(16, 25)].map((c) => c.charCodeAt(0))).toEqual([0, 0, 4, 0x60, 0, 0, 3, 0x40, 8]);
    expect(png.endsWith('IEND\xaeB`\x82')).toBe(true);
  });

  it('a failed screenshot writes nothing', () => {
    const r = virsh('screenshot test --file /root/x.png --screen -1');
    expect(r.files).toEqual({});
    expect(r.stderr).toBe("error: Numeric value '-1' for <screen> option is malformed or out of range\n");
  });

  it("keycodes are checked against the codeset's own table", () => {
    expect(keycodeKnown('linux', 30)).toBe(true);
    expect(keycodeKnown('linux', 266)).toBe(false);
    expect(keycodeKnown('os_x', 255)).toBe(true);
    expect(virsh('send-key test 266').stderr).toBe('error: internal error: invalid keycode 266 of linux codeset\n');
  });
});
