'use client';

import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Transcript } from '@/lib/api/contract';

/**
 * virsh's output in the page's language: on a Japanese page, what a Japanese host's virsh prints
 * (libvirt's catalogue, lib/shell/l10n), loaded only for Japanese pages. xm, xl and the host's
 * tools print English as they do on a real host; the journal itself stays as printed.
 */
type VirshJa = typeof import('@/lib/shell/l10n/ja').virshJa;

let loading: Promise<VirshJa> | null = null;
let loaded: VirshJa | null = null;
const load = () => (loading ??= import('@/lib/shell/l10n/ja').then((m) => (loaded = m.virshJa)));

/** libvirt's Japanese catalogue, loaded once (for whatever else shows virsh's output on a Japanese page). */
export const loadVirshJa = load;

const isVirsh = (line: string) => /^\s*virsh(\s|$)/.test(line);

/**
 * A line the console's shell ran in a language (`lang`) shows as printed: its virsh already spoke
 * the language of its LANG, into pipes and files too. Others (buttons, drills) are English bytes.
 */
export function useToolOutput(t: Pick<Transcript, 'line' | 'stdout' | 'stderr' | 'lang'>) {
  const japanese = useLocale() === 'ja' && !t.lang && isVirsh(t.line);
  const [ja, setJa] = useState<VirshJa | null>(() => loaded);
  useEffect(() => {
    if (japanese && !ja) void load().then((f) => setJa(() => f));
  }, [japanese, ja]);
  if (!japanese) return { stdout: t.stdout, stderr: t.stderr };
  // Until the catalogue is here, nothing rather than English that then changes under the reader.
  return ja ? ja({ stdout: t.stdout, stderr: t.stderr }) : { stdout: '', stderr: '' };
}
