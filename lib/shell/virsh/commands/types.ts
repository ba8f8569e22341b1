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
  /** Checks virsh makes before it reads any string option (VSH_EXCLUSIVE_OPTIONS at the handler's top). */
  before?: (c: CmdCtx) => boolean;
  action?: LifecycleAction;
  /** Works without a connection (virsh's VSH_CMD_FLAG_NOCONNECT). */
  noConnect?: boolean;
  /** Changes nothing, so it runs while a job holds the domain and on read-only connections. */
  readOnly?: boolean;
  /** The libvirt API that makes the change (named when a read-only connection refuses it). */
  api?: string | ((c: CmdCtx) => string);
  xm?: string | { none: string };
  xl?: string | { none: string };
  /**
   * What an option means in xm and xl (checked against their man pages and help): the words it adds
   * ('' when the template already says it or nothing is needed), or why there is none. A set option
   * named here whose dialect is missing has none; `!name` applies when the option is absent.
   * Options not named change nothing the other tools would say differently.
   */
  flags?: Record<string, FlagEquivalent>;
}

/** One virsh option in xm and xl: words to add at the template's {flags} (or after the subcommand), or none. */
export type FlagEquivalent = Partial<Record<'xm' | 'xl', string | { none: string }>>;
