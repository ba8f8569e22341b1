import { describe, expect, it } from 'vitest';
import { asRecordingMachine } from './machine-cpus';

const table = (affinity: string) =>
  ` IOThread ID   CPU Affinity\n-----------------------------\n 3             ${affinity}\n 1             2\n`;

describe("iothreadinfo rows read as on the recording machine's two CPUs", () => {
  it("maps this machine's whole range to 0-1 and leaves pinned rows alone", () => {
    expect(asRecordingMachine(table('0-3'), 4)).toBe(table('0-1'));
    expect(asRecordingMachine(table('0-7'), 16)).toBe(table('0-1'));
    expect(asRecordingMachine(table('0-1'), 2)).toBe(table('0-1'));
    expect(asRecordingMachine(table('0-2'), 4)).toBe(table('0-2'));
  });
});
