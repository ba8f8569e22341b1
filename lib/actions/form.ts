import { AFFECT_MODES, type AffectMode } from './args';

/**
 * A form's field as the learner sets it: the control (found by its role and accessible name,
 * as a screen reader finds it) and what to set. `text` is how a step's instructions say it
 * ("Size: 3 GiB"); a field without text is set on the way (the unit before the size).
 * The walkthrough fills forms from these; the lesson panel and the handouts print the texts.
 */
export type FormField = { text?: string } & (
  | { role: 'textbox' | 'spinbutton'; name: string; value: string }
  | { role: 'combobox'; name: string; option: string }
  | { role: 'radio'; name: string; match?: NameMatch }
  | { role: 'checkbox'; name: string; match?: NameMatch; checked: boolean }
);

/** How a control's accessible name is matched: the whole of it, its start, or a part (the default). */
export type NameMatch = 'exact' | 'prefix' | 'part';

/** The "Applies to" radio (a disabled one adds "— why" to its name, so the label is a prefix). */
export const modeField = (mode: AffectMode | undefined): FormField[] =>
  mode
    ? [
        {
          role: 'radio',
          name: AFFECT_MODES[mode].label,
          match: 'prefix',
          text: `Applies to: ${AFFECT_MODES[mode].flags.join(' ')}`,
        },
      ]
    : [];

/** The learner-facing texts of a form's fields, e.g. ["Size: 3 GiB", "Applies to: --live"]. */
export const fieldTexts = (fields: readonly FormField[]): string[] => fields.flatMap((f) => (f.text ? [f.text] : []));
