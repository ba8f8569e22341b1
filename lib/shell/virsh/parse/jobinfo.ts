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
