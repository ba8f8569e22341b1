import { execFile } from 'node:child_process';
import {
  connectArgs,
  DEFAULT_TIMEOUT_MS,
  timedOut,
  type VirshOptions,
  type VirshOutput,
  type VirshRunner,
  virshEnv,
} from './types';

/**
 * A virsh process per command, its words as an argument array (never a shell): for drivers whose
 * state lives in a daemon (qemu:///system, qemu+ssh://…), so every command sees the same guests —
 * and each can run in the language its console line was typed in.
 */
export function oneShotVirsh(o: VirshOptions): VirshRunner {
  const ms = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    run: (argv, lang) =>
      new Promise<VirshOutput>((resolve) => {
        execFile(
          /*turbopackIgnore: true*/ o.binary ?? 'virsh',
          [...connectArgs(o), ...argv],
          { env: virshEnv(lang), timeout: ms, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            if (error && (error.killed || error.signal === 'SIGKILL')) return resolve(timedOut(argv, ms));
            const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ stdout, stderr, status, ...(lang ? { lang } : {}) });
          },
        );
      }),
    close: () => {},
  };
}
