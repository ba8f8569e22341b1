import type { LifecycleAction } from '../../../sim/transitions';
import type { CmdCtx } from '../context';

/**
 * A virsh command as data. Usage, options and summary come from virsh's own help
 * (help-data.gen.ts); `run` is the behaviour; `xm`/`xl` name the equivalent commands, or say
 * why there is none. Templates use {domain}, {file}, {size} ... placeholders.
 */
export interface VirshCommand {
  name: string;
  run: (c: CmdCtx) => boolean;
  action?: LifecycleAction;
  /** Works without a connection (virsh's VSH_CMD_FLAG_NOCONNECT). */
  noConnect?: boolean;
  /** Changes nothing, so it runs while a job holds the domain and on read-only connections. */
  readOnly?: boolean;
  /** The libvirt API that makes the change (named when a read-only connection refuses it). */
  api?: string | ((c: CmdCtx) => string);
  xm?: string | { none: string };
  xl?: string | { none: string };
}
