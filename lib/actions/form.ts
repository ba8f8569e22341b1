import { AFFECT_MODES, type AffectMode } from './args';

/**
 * A form's field as the learner sets it: the control (found by its role and accessible name,
 * as a screen reader finds it) and what to set. `text` is how a step's instructions say it
 * ("Size: 3 GiB"); a field without text is set on the way (the unit before the size).
 * The walkthrough fills forms from these; the lesson panel and the handouts print the texts.
 */
export type FormField = { text?: Words } & (
  | { role: 'textbox' | 'spinbutton'; name: Words; value: string }
  | { role: 'combobox'; name: Words; option: string }
  | { role: 'radio'; name: Words; match?: NameMatch }
  | { role: 'checkbox'; name: Words; match?: NameMatch; checked: boolean }
);

/**
 * Words a form shows: a message of messages/*.json (`forms.…`, with its values) in the page's
 * language, or a literal that no language changes (a flag, a file's path).
 */
export type Words = { key: string; values?: Record<string, string | number> } | { literal: string };
/** next-intl's translator, from the root: `t('forms.size')`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
/** next-intl types its keys from messages/en.json; the form table names them as strings (a test holds them in step). */
export const untyped = (t: unknown): Translate => t as Translate;
export const say = (w: Words, t: Translate): string => ('literal' in w ? w.literal : t(w.key, w.values));
export const msg = (key: string, values?: Record<string, string | number>): Words => ({
  key,
  ...(values ? { values } : {}),
});
export const literal = (text: string): Words => ({ literal: text });

/** How a control's accessible name is matched: the whole of it, its start, or a part (the default). */
export type NameMatch = 'exact' | 'prefix' | 'part';

/** The "Applies to" radio: its label starts with the flags and " (" in every language (a disabled one adds "— why"). */
export const modeField = (mode: AffectMode | undefined): FormField[] =>
  mode
    ? [
        {
          role: 'radio',
          name: literal(`${AFFECT_MODES[mode].flags.join(' ')} (`),
          match: 'prefix',
          text: msg('forms.text.appliesTo', { flags: AFFECT_MODES[mode].flags.join(' ') }),
        },
      ]
    : [];

/** The learner-facing texts of a form's fields, e.g. ["Size: 3 GiB", "Applies to: --live"], in `t`'s language. */
export const fieldTexts = (fields: readonly FormField[], t: Translate): string[] =>
  fields.flatMap((f) => (f.text ? [say(f.text, t)] : []));
