'use client';

import { useEffect, useState } from 'react';

/**
 * The command data behind "equivalent command" and Tab completion (virsh's help data, the xm/xl
 * registries) is large and is what the mock layer loads anyway, so the UI loads it lazily from the
 * same chunk instead of adding it to every page's first load.
 */
type ShellTools = typeof import('./shell-tools-chunk');

let loading: Promise<ShellTools> | null = null;
let loaded: ShellTools | null = null;

export const loadShellTools = () => (loading ??= import('./shell-tools-chunk').then((m) => (loaded = m)));

/** The tools if loaded by now, else null (a caller that cannot wait: vi's `*` and `=` at the console). */
export const shellToolsNow = () => loaded;

/** The tools once loaded (at once when the mock layer has already pulled them in), else null. */
export function useShellTools(): ShellTools | null {
  const [tools, setTools] = useState(loaded);
  useEffect(() => {
    if (!tools) void loadShellTools().then(setTools);
  }, [tools]);
  return tools;
}
