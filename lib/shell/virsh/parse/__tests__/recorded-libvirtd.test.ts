import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteFigure, figure, parseDomjobinfo } from '../jobinfo';

/**
 * `virsh domjobinfo` from two real libvirtd 9.0 daemons while `virsh migrate --live --bandwidth 1`
 * ran between them (README "On a real libvirt"): the figures come in whatever unit virsh chose.
 */
const recorded = (name: string) => readFileSync(join(__dirname, 'recorded-libvirtd', `${name}.txt`), 'utf8');

describe('virsh domjobinfo from a real daemon', () => {
  it('reads a running outgoing migration, sizes in their own units', () => {
    const info = parseDomjobinfo(recorded('domjobinfo-outgoing'))!;
    expect(info.type).toBe('Unbounded');
    expect(info.operation).toBe('Outgoing migration');
    expect(byteFigure(info.fields['Data processed'])).toBe(Math.round(315.962 * 1024));
    expect(byteFigure(info.fields['Data remaining'])).toBe(Math.round(16.512 * 1024 ** 2));
    expect(byteFigure(info.fields['Memory bandwidth'])).toBe(Math.round(1.031 * 1024 ** 2));
    expect(figure(info.fields['Expected downtime'])).toBe(300);
  });

  it('reads a completed incoming migration', () => {
    const info = parseDomjobinfo(recorded('domjobinfo-completed'))!;
    expect(info.type).toBe('Completed');
    expect(byteFigure(info.fields['Data remaining'])).toBe(0);
    expect(byteFigure(info.fields['Memory total'])).toBe(Math.round(48.508 * 1024 ** 2));
    expect(figure(info.fields['Total downtime'])).toBe(33);
    expect(figure(info.fields.Iteration)).toBe(2);
  });

  it('reads no size from what is not one', () => {
    expect(byteFigure('4096 bytes')).toBeNull();
    expect(byteFigure('12 ms')).toBeNull();
    expect(byteFigure(undefined)).toBeNull();
  });
});
