import type { UiAction, UiActionId } from '@/lib/lessons/types';
import { transitionFor, type LifecycleAction } from '@/lib/sim/transitions';

/**
 * How a click step reads to a learner: the button on the domain page (the transition table's label
 * for lifecycle actions, the form's button for the rest) and what to fill in. The e2e driver and
 * the walkthrough runner press the same names.
 */
const FORM_BUTTON: Partial<Record<UiActionId, string>> = {
  save: 'Save…',
  restore: 'Restore…',
  setmem: 'Set memory…',
  setmaxmem: 'Set max memory…',
  setvcpus: 'Set vCPUs…',
  vcpupin: 'Pin vCPU…',
  autostart: 'Change autostart…',
  migrate: 'Migrate…',
};

export const buttonLabel = (action: UiActionId): string =>
  FORM_BUTTON[action] ?? transitionFor(action as LifecycleAction).label;

export const isFormAction = (action: UiActionId) => action in FORM_BUTTON;

export const MODE_FLAGS = {
  current: '--current',
  live: '--live',
  config: '--config',
  'live+config': '--live --config',
} as const;

/** The form's fields as the learner sets them, e.g. ["Size: 3 GiB", "Applies to: --live"]. */
export function formValues(ui: UiAction): string[] {
  const a = ui.args ?? {};
  const mode = a.mode ? [`Applies to: ${MODE_FLAGS[a.mode]}`] : [];
  switch (ui.action) {
    case 'save':
      return [`File name: ${a.file}`, ...(a.restoreAs ? [`After restore: --${a.restoreAs}`] : [])];
    case 'restore':
      return [`Save file: ${a.file}`];
    case 'setmem':
    case 'setmaxmem':
      return [`Size: ${a.size} ${a.unit ?? 'KiB'}`, ...mode];
    case 'setvcpus':
      return [`vCPUs: ${a.count}`, ...mode, ...(a.maximum ? ['--maximum'] : [])];
    case 'vcpupin':
      return [`vCPU: ${a.vcpu}`, `CPU list: ${a.cpulist}`, ...mode];
    case 'autostart':
      return [a.enable === false ? 'Disable (--disable)' : 'Enable'];
    case 'migrate':
      return [`Destination: ${a.target}`, ...(a.live ? ['Live'] : [])];
    default:
      return [];
  }
}
