import { parseFields } from './fields';

/** `virsh domjobinfo`: the job's type ("None", "Unbounded", "Completed"…) and its figures as printed. */
export interface Jobinfo {
  type: string;
  operation: string | null;
  fields: Record<string, string>;
}

export function parseDomjobinfo(text: string): Jobinfo | null {
  const fields = parseFields(text);
  const type = fields['Job type'];
  return type ? { type, operation: fields.Operation ?? null, fields } : null;
}

/** A figure such as "1.250 s", "512.000 MiB", "12 ms" → its number, or null. */
export const figure = (v: string | undefined): number | null => {
  const m = /^([\d.]+)(?:\s|$)/.exec(v ?? '');
  return m ? Number(m[1]) : null;
};

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/**
 * A size as virsh prints it ("573.119 KiB", "48.508 MiB", "0.000 B", a rate "1.031 MiB/s") → bytes
 * (per second), or null. virsh picks the unit that keeps the number small, so it must be read.
 */
export const byteFigure = (v: string | undefined): number | null => {
  const m = /^([\d.]+)\s*([KMGTPE]?i?B)(?:\/s)?\s*$/.exec(v?.trim() ?? '');
  const power = m ? UNITS.indexOf(m[2]) : -1;
  return m && power >= 0 ? Math.round(Number(m[1]) * 1024 ** power) : null;
};
