/**
 * What each UI action takes. The API's `ActionArgs` (the body of a POST to an action) and a
 * lesson's click are both these types, so a lesson's step can be posted as it is.
 */

/** Which definition a change goes to: libvirt's VIR_DOMAIN_AFFECT_CURRENT / _LIVE / _CONFIG. */
export type AffectMode = 'current' | 'live' | 'config' | 'live+config';
export type MemoryUnit = 'KiB' | 'MiB' | 'GiB';
/** save / managedsave / restore: the state after restore (absent: as it was when saved). */
export type RestoreAs = 'running' | 'paused';

/** The affect modes: virsh's flags, and the form's radio label (the walkthrough presses the label). */
/** The flags of each mode; the form's labels (messages `forms.mode.*`) start with them. */
export const AFFECT_MODES: Record<AffectMode, { flags: string[] }> = {
  current: { flags: ['--current'] },
  live: { flags: ['--live'] },
  config: { flags: ['--config'] },
  'live+config': { flags: ['--live', '--config'] },
};

export const modeFlags = (mode: AffectMode | undefined): string[] => (mode ? AFFECT_MODES[mode].flags : []);

/** virsh reads K, M and G as powers of 1024 (virScaleInteger). */
export const UNIT_SUFFIX: Record<MemoryUnit, string> = { KiB: 'K', MiB: 'M', GiB: 'G' };

export type NoArgs = Record<never, never>;
export interface StartArgs {
  paused?: boolean;
  forceBoot?: boolean;
}
export interface SaveArgs {
  /** A file name (relative to /root) or an absolute path. */
  file: string;
  restoreAs?: RestoreAs;
}
export interface ManagedSaveArgs {
  restoreAs?: RestoreAs;
}
export interface RestoreArgs {
  /** The save file's absolute path. */
  file: string;
  restoreAs?: RestoreAs;
}
export interface MemoryArgs {
  size: number;
  unit: MemoryUnit;
  mode?: AffectMode;
}
export interface VcpusArgs {
  count: number;
  mode?: AffectMode;
  maximum?: boolean;
}
export interface VcpuPinArgs {
  vcpu: number;
  cpulist: string;
  mode?: AffectMode;
}
export interface AutostartArgs {
  enable: boolean;
}
export interface RenameArgs {
  /** virsh domrename's NEW-NAME: the domain must be shut off, and the name free on its host. */
  newName: string;
}
export interface MigrateClickArgs {
  /** The destination host's name (kvm2, xen1 ...). */
  target: string;
  live?: boolean;
}

/** Every UI action and its arguments; the table (./table.ts) has one row per key. */
export interface ArgsOf {
  start: StartArgs;
  shutdown: NoArgs;
  reboot: NoArgs;
  reset: NoArgs;
  destroy: NoArgs;
  suspend: NoArgs;
  resume: NoArgs;
  save: SaveArgs;
  managedsave: ManagedSaveArgs;
  restore: RestoreArgs;
  undefine: NoArgs;
  setmem: MemoryArgs;
  setmaxmem: MemoryArgs;
  setvcpus: VcpusArgs;
  vcpupin: VcpuPinArgs;
  autostart: AutostartArgs;
  domrename: RenameArgs;
  migrate: MigrateClickArgs;
}
export type UiActionId = keyof ArgsOf;

/**
 * The actions the API's action endpoint runs (migration has its own endpoint with more flags,
 * lib/api/migrate-command.ts), and the body it reads: any action's fields, each optional until
 * validated (lib/api/commands.ts).
 */
export type DomainAction = Exclude<UiActionId, 'migrate'>;
export type ActionArgs = Partial<
  StartArgs & SaveArgs & ManagedSaveArgs & MemoryArgs & VcpusArgs & VcpuPinArgs & AutostartArgs & RenameArgs
>;

/** A click on the action's button on `domain`'s page on `host`, with its form's values. */
export type UiAction = {
  [K in UiActionId]: { action: K; host: string; domain: string } & (NoArgs extends ArgsOf[K]
    ? { args?: ArgsOf[K] }
    : { args: ArgsOf[K] });
}[UiActionId];
