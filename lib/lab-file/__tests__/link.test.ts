import { describe, expect, it } from 'vitest';
import { drillLab } from '@/lib/drills/start';
import { MAX_LAB_FILE_BYTES, worldFile } from '../format';
import { decodeLabLink, encodeLabLink, LINK_PREFIX, MAX_LINK_CHARS } from '../link';

describe('a lab in a link', () => {
  it('carries the built-in lab in a few kilobytes and brings back the same text', async () => {
    const json = JSON.stringify(await worldFile(drillLab('kvm1').world, 0));
    const fragment = await encodeLabLink(json);
    expect(fragment?.startsWith(LINK_PREFIX)).toBe(true);
    expect(fragment!.length).toBeLessThan(json.length / 3);
    expect(fragment).toMatch(/^lab=[A-Za-z0-9_-]+$/);
    expect(await decodeLabLink(`#${fragment}`)).toBe(json);
  });

  it('is not made when it would be too long for a link', async () => {
    // Random text does not compress.
    const noise = Array.from({ length: MAX_LINK_CHARS }, (_, i) => ((i * 7919) % 65_521).toString(36)).join('');
    expect(await encodeLabLink(noise)).toBeNull();
  });

  it('reads nothing from a fragment that is cut short, altered or not one', async () => {
    const fragment = (await encodeLabLink(JSON.stringify({ a: 'b'.repeat(100) })))!;
    expect(await decodeLabLink(fragment.slice(0, -6))).toBeNull();
    expect(await decodeLabLink('lab=!!!')).toBeNull();
    expect(await decodeLabLink('other=abc')).toBeNull();
  });

  it('stops inflating past the largest lab file (a small link cannot fill the memory)', async () => {
    const bomb = (await encodeLabLink('0'.repeat(MAX_LAB_FILE_BYTES + 10)))!;
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeLabLink(bomb)).toBeNull();
  });
});
