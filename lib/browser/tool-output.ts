'use client';

import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Transcript } from '@/lib/api/contract';
import { type Chunk, chunksOf, shownChunks } from '@/lib/shell/output-order';

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

type Shown = Pick<Transcript, 'line' | 'stdout' | 'stderr' | 'lang'> & {
  /** The runs in the order the terminal showed them: each is worded anew, the order kept (decision 086). */
  chunks?: readonly Chunk[];
};

/**
 * A line the console's shell ran in a language (`lang`) shows as printed: its virsh already spoke
 * the language of its LANG, into pipes and files too. Others (buttons, drills) are English bytes.
 */
export function useToolOutput(t: Shown) {
  const japanese = useLocale() === 'ja' && !t.lang && isVirsh(t.line);
  const [ja, setJa] = useState<VirshJa | null>(() => loaded);
  useEffect(() => {
    if (japanese && !ja) void load().then((f) => setJa(() => f));
  }, [japanese, ja]);
  return wordedFor(t, japanese, ja);
}

/** A transcript's output as the terminal showed it — its runs in order (decision 082), each worded for the page. */
export function useOutputRuns(t: Pick<Transcript, 'line' | 'stdout' | 'stderr' | 'lang' | 'order'>): Chunk[] {
  const out = useToolOutput({ ...t, chunks: shownChunks(t) });
  return out.chunks ? [...out.chunks] : chunksOf(out);
}

/** What useToolOutput shows, given whether the line is worded anew and the catalogue (null: not loaded yet). */
export function wordedFor(t: Shown, japanese: boolean, ja: VirshJa | null) {
  const { stdout, stderr, chunks } = t;
  if (!japanese) return { stdout, stderr, chunks };
  // Until the catalogue is here, nothing rather than English that then changes under the reader.
  return ja ? ja({ stdout, stderr, chunks }) : { stdout: '', stderr: '', chunks: chunks && [] };
}
