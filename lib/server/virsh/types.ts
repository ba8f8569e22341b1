import type { ConsoleLang } from '@/lib/shell/shell-env';

/** What one virsh command printed, and its exit status (1 when it wrote an `error:` line). */
export interface VirshOutput {
  stdout: string;
  stderr: string;
  status: number;
  /** The language virsh printed in, when the runner could give it the one asked for. */
  lang?: ConsoleLang;
}

/** A connection's virsh: runs one command (its words, never a shell line) at a time. */
export interface VirshRunner {
  /** `lang`: the console's language (its LANG), for a runner that can start virsh in it. */
  run(argv: readonly string[], lang?: ConsoleLang): Promise<VirshOutput>;
  close(): void;
}

export interface VirshOptions {
  uri: string;
  /** `virsh -r`: a read-only connection; libvirt itself refuses every change. */
  readonly?: boolean;
  /** Milliseconds a command may take before its virsh is killed (and, for a session, started again). */
  timeoutMs?: number;
  /** The virsh binary (tests point it at a stand-in that hangs). */
  binary?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** virsh's words for what it connects to: `-c URI` and, read-only, `-r`. */
export const connectArgs = (o: VirshOptions) => ['-c', o.uri, ...(o.readonly ? ['-r'] : [])];

/**
 * virsh's own messages are English whatever the server's locale: the UI parses them. A console line
 * typed on a Japanese page runs as on a Japanese host (decision 045): libvirt's catalogue through
 * LANGUAGE, in a UTF-8 locale every system has (C.UTF-8; ja_JP.UTF-8 may not be generated).
 */
export const virshEnv = (lang: ConsoleLang = 'en'): NodeJS.ProcessEnv =>
  lang === 'ja'
    ? { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', LANGUAGE: 'ja' }
    : { ...process.env, LC_ALL: 'C', LANG: 'C', LANGUAGE: '' };

/** What a command that ran too long leaves in its transcript. */
export const timedOut = (argv: readonly string[], ms: number): VirshOutput => ({
  stdout: '',
  stderr: `error: virsh ${argv[0] ?? ''} did not answer within ${ms / 1000} s; VirtLab stopped it\n`,
  status: 124,
});
