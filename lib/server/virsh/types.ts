/** What one virsh command printed, and its exit status (1 when it wrote an `error:` line). */
export interface VirshOutput {
  stdout: string;
  stderr: string;
  status: number;
}

/** A connection's virsh: runs one command (its words, never a shell line) at a time. */
export interface VirshRunner {
  run(argv: readonly string[]): Promise<VirshOutput>;
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

/** virsh's own messages are English whatever the server's locale: the UI parses them. */
export const virshEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LC_ALL: 'C', LANG: 'C', LANGUAGE: '' });

/** What a command that ran too long leaves in its transcript. */
export const timedOut = (argv: readonly string[], ms: number): VirshOutput => ({
  stdout: '',
  stderr: `error: virsh ${argv[0] ?? ''} did not answer within ${ms / 1000} s; VirtLab stopped it\n`,
  status: 124,
});
