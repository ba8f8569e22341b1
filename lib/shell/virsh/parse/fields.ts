/**
 * virsh's key–value pages (dominfo, nodeinfo, domjobinfo): `Key:` padded with printf's %-15s,
 * then the value. Keys hold no colon; values may (a UUID does not, a label might).
 */
export function parseFields(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trimEnd();
  }
  return out;
}

/** "2097152 KiB" → 2097152; anything else → null. */
export const kib = (v: string | undefined): number | null => {
  const m = /^(\d+) KiB$/.exec(v ?? '');
  return m ? Number(m[1]) : null;
};

/** One name per line (`virsh list --all --name`); the blank line virsh ends with is not a name. */
export const parseNames = (text: string): string[] => text.split('\n').filter((l) => l !== '');
