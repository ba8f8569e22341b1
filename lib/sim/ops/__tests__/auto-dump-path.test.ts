import { describe, expect, it } from 'vitest';
import { makeDef, makeDomain } from '../../worlds/builders';
import { autoDumpPath, shortName } from '../guest-crash';

const T = Date.UTC(2026, 11, 6, 23, 50, 7);
const running = (name: string, id: number) =>
  makeDomain(makeDef(name, '7e2b1f3a-0000-4000-8000-0000000000aa'), { state: 'running', id });

describe("the core file's name (getAutoDumpPath: virDomainDefGetShortName, then the time)", () => {
  it('QEMU names it <id>-<the first 20 characters of the name> (VIR_DOMAIN_SHORT_NAME_MAX)', () => {
    const d = running('accounting-database-primary', 7);
    expect(shortName(d)).toBe('7-accounting-database-');
    expect(autoDumpPath('qemu', d, T)).toBe('/var/lib/libvirt/qemu/dump/7-accounting-database--2026-12-06-23:50:07');
  });

  it('a short name is kept whole; characters, not bytes, are counted (mbstowcs in a UTF-8 locale)', () => {
    expect(shortName(running('web01', 3))).toBe('3-web01');
    expect(shortName(running('会計データベース本番環境のプライマリサーバー一号機', 4))).toBe(
      '4-会計データベース本番環境のプライマリサー',
    );
  });

  it('libxl names it after the whole name (libxlDomainAutoCoreDump)', () => {
    expect(autoDumpPath('xen', running('accounting-database-primary', 7), T)).toBe(
      '/var/lib/libvirt/libxl/dump/accounting-database-primary-2026-12-06-23:50:07',
    );
  });
});
