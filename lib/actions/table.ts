import { transitionFor, type LifecycleAction } from '../sim/transitions';
import { type ArgsOf, modeFlags, type RestoreAs, UNIT_SUFFIX, type UiAction, type UiActionId } from './args';
import { type FormField, fieldTexts, literal, modeField, msg, type Translate } from './form';

/**
 * Every button on a domain's page, one row each (the virsh registry's shape): its label, its
 * tone, whether it runs at once, asks first or opens a form, the virsh words it runs and its
 * form's fields. The API's validation, the buttons, the lesson vocabulary, the step texts and the
 * walkthrough's form filling all read this table; a new button is a new row (and its form).
 */
export type Tone = 'primary' | 'secondary' | 'danger';
export type Opens = 'click' | 'confirm' | 'form';

export interface ArgvContext {
  /** The URI virsh migrate takes for a host (its connection URI when the world knows it). */
  uriOf: (host: string) => string;
}
const plainUri: ArgvContext = { uriOf: (host) => host };

export interface UiActionRow<A> {
  /** The label's key in messages/*.json (the buttons and menus say it in the page's language); `label` is the English text. */
  labelKey: `action.${UiActionId}`;
  label: string;
  tone: Tone;
  opens: Opens;
  /** The button that sends the command: a form's or a confirmation's (a `forms.submit.*` or `action.*` message key). */
  submit: string;
  argv: (domain: string, args: A, ctx: ArgvContext) => string[];
  /** The form's fields, in the order the learner sets them (none for a one-click action). */
  describe: (args: A) => FormField[];
  /**
   * A row outside the transition table that libvirt runs as a job of its own (VIR_JOB_MODIFY, under the
   * domain's job lock): while a migration job holds the lock it waits and times out, so its button is
   * disabled for the reason the table's rows give then (canDo's `jobRunning`, useActionWhyNot). The
   * table's own rows take their reason from canDo. The resource panel's setmem, setmaxmem, setvcpus
   * and vcpupin take it as the console's do (lib/sim's checkJobLock: virDomainSetMemoryFlags,
   * virDomainSetVcpusFlags, virDomainPinVcpuFlags); autostart does not (no job in libvirt).
   */
  jobLock?: true;
}

const noFields = (): FormField[] => [];
const restoreAsField = (r: RestoreAs | undefined): FormField[] =>
  r ? [{ role: 'radio', name: literal(`--${r}`), text: msg('forms.text.afterRestore', { flag: `--${r}` }) }] : [];
const restoreFlag = (r: string | undefined) => (r ? [`--${r}`] : []);

/** A lifecycle button without arguments: the transition table's label, `virsh <action> <domain>`. */
const lifecycle = (
  action: LifecycleAction & UiActionId,
  tone: Tone,
  opens: Opens = 'click',
): UiActionRow<ArgsOf['shutdown']> => ({
  labelKey: `action.${action}`,
  label: transitionFor(action).label,
  tone,
  opens,
  submit: `action.${action}`,
  argv: (domain) => [action, domain],
  describe: noFields,
});

const memory = (action: 'setmem' | 'setmaxmem', label: string): UiActionRow<ArgsOf['setmem']> => ({
  labelKey: `action.${action}`,
  label,
  tone: 'secondary',
  opens: 'form',
  submit: 'forms.submit.apply',
  jobLock: true,
  argv: (domain, a) => [action, domain, `${a.size}${UNIT_SUFFIX[a.unit]}`, ...modeFlags(a.mode)],
  describe: (a) => [
    // The unit first: changing it converts the size already in the field.
    { role: 'combobox', name: msg('forms.unit'), option: a.unit },
    {
      role: 'spinbutton',
      name: msg('forms.size'),
      value: String(a.size),
      text: msg('forms.text.size', { size: a.size, unit: a.unit }),
    },
    ...modeField(a.mode),
  ],
});

export const uiActions: { [K in UiActionId]: UiActionRow<ArgsOf[K]> } = {
  start: {
    ...lifecycle('start', 'primary'),
    argv: (domain, a) => ['start', domain, ...(a.paused ? ['--paused'] : []), ...(a.forceBoot ? ['--force-boot'] : [])],
  },
  shutdown: lifecycle('shutdown', 'secondary'),
  reboot: lifecycle('reboot', 'secondary'),
  reset: lifecycle('reset', 'danger'),
  destroy: lifecycle('destroy', 'danger'),
  suspend: lifecycle('suspend', 'secondary'),
  resume: lifecycle('resume', 'primary'),
  managedsave: {
    ...lifecycle('managedsave', 'secondary'),
    argv: (domain, a) => ['managedsave', domain, ...restoreFlag(a.restoreAs)],
  },
  save: {
    labelKey: 'action.save',
    label: 'Save…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.save',
    argv: (domain, a) => ['save', domain, a.file.trim(), ...restoreFlag(a.restoreAs)],
    describe: (a) => [
      {
        role: 'textbox',
        name: msg('forms.fileName'),
        value: a.file,
        text: msg('forms.text.fileName', { file: a.file }),
      },
      ...restoreAsField(a.restoreAs),
    ],
  },
  restore: {
    labelKey: 'action.restore',
    label: 'Restore…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.restore',
    argv: (_domain, a) => ['restore', a.file.trim(), ...restoreFlag(a.restoreAs)],
    // The dialog lists the host's save files; each radio's name holds the file's path.
    describe: (a) => [
      { role: 'radio', name: literal(a.file), text: msg('forms.text.saveFile', { file: a.file }) },
      ...restoreAsField(a.restoreAs),
    ],
  },
  undefine: lifecycle('undefine', 'danger', 'confirm'),
  setmem: memory('setmem', 'Set memory…'),
  setmaxmem: memory('setmaxmem', 'Set max memory…'),
  setvcpus: {
    labelKey: 'action.setvcpus',
    label: 'Set vCPUs…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.apply',
    jobLock: true,
    argv: (domain, a) => [
      'setvcpus',
      domain,
      String(a.count),
      ...modeFlags(a.mode),
      ...(a.maximum ? ['--maximum'] : []),
    ],
    describe: (a) => [
      {
        role: 'spinbutton',
        name: msg('forms.vcpus'),
        value: String(a.count),
        text: msg('forms.text.vcpus', { count: a.count }),
      },
      ...modeField(a.mode),
      ...(a.maximum
        ? [
            {
              role: 'checkbox',
              name: literal('--maximum'),
              match: 'prefix',
              checked: true,
              text: literal('--maximum'),
            } as const,
          ]
        : []),
    ],
  },
  vcpupin: {
    labelKey: 'action.vcpupin',
    label: 'Pin vCPU…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.pin',
    jobLock: true,
    argv: (domain, a) => ['vcpupin', domain, String(a.vcpu), a.cpulist.trim(), ...modeFlags(a.mode)],
    describe: (a) => [
      {
        role: 'combobox',
        name: msg('forms.vcpu'),
        option: String(a.vcpu),
        text: msg('forms.text.vcpu', { vcpu: a.vcpu }),
      },
      {
        role: 'textbox',
        name: msg('forms.cpuList'),
        value: a.cpulist,
        text: msg('forms.text.cpuList', { cpulist: a.cpulist }),
      },
      ...modeField(a.mode),
    ],
  },
  autostart: {
    labelKey: 'action.autostart',
    label: 'Change autostart…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.apply',
    argv: (domain, a) => ['autostart', domain, ...(a.enable ? [] : ['--disable'])],
    describe: (a) => {
      const name = msg(a.enable ? 'forms.enable' : 'forms.disable');
      return [{ role: 'radio', name, match: 'exact', text: name }];
    },
  },
  domrename: {
    labelKey: 'action.domrename',
    label: 'Rename…',
    tone: 'secondary',
    opens: 'form',
    jobLock: true,
    submit: 'forms.submit.rename',
    argv: (domain, a) => ['domrename', domain, a.newName.trim()],
    describe: (a) => [
      {
        role: 'textbox',
        name: msg('forms.newName'),
        value: a.newName,
        text: msg('forms.text.newName', { name: a.newName }),
      },
    ],
  },
  migrate: {
    labelKey: 'action.migrate',
    label: 'Migrate…',
    tone: 'secondary',
    opens: 'form',
    submit: 'forms.submit.migrate',
    argv: (domain, a, ctx) => ['migrate', ...(a.live ? ['--live'] : []), domain, ctx.uriOf(a.target)],
    describe: (a) => [
      {
        role: 'combobox',
        name: msg('forms.targetHost'),
        option: a.target,
        text: msg('forms.text.destination', { host: a.target }),
      },
      // Unchecked --live is libvirt's plain (non-live) migration; --offline would move only the definition.
      {
        role: 'checkbox',
        name: literal('--live'),
        match: 'prefix',
        checked: !!a.live,
        ...(a.live ? { text: msg('forms.text.live') } : {}),
      },
    ],
  },
};

export const uiActionIds = Object.keys(uiActions) as UiActionId[];
export const isUiActionId = (a: string): a is UiActionId => Object.hasOwn(uiActions, a);

/** The virsh words of an action on a domain. */
export function argvOf<K extends UiActionId>(action: K, domain: string, args: ArgsOf[K], ctx = plainUri): string[] {
  return uiActions[action].argv(domain, args, ctx);
}

/** A form's fields for an action's arguments. */
export function fieldsOf<K extends UiActionId>(action: K, args: ArgsOf[K]): FormField[] {
  return uiActions[action].describe(args);
}

/** A click's virsh words; `args` is absent only where every argument is optional (UiAction says which). */
export const clickArgv = (ui: UiAction, ctx = plainUri): string[] => argvOf(ui.action, ui.domain, ui.args ?? {}, ctx);
export const clickFields = (ui: UiAction): FormField[] => fieldsOf(ui.action, ui.args ?? {});
/** How a step says a click's form values, e.g. ["Size: 3 GiB", "Applies to: --live"], in `t`'s language. */
export const clickTexts = (ui: UiAction | undefined, t: Translate): string[] =>
  ui ? fieldTexts(clickFields(ui), t) : [];

/** The buttons that run at once (in the table's order): lifecycle actions without arguments or a form. */
export const oneClickActions = uiActionIds.filter(
  (a): a is Exclude<UiActionId, 'migrate'> & LifecycleAction => uiActions[a].opens === 'click',
);
