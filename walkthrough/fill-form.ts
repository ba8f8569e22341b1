import type { Locator } from '@playwright/test';
import type { UiAction } from '../lib/actions/args';
import { type FormField, type NameMatch, say, untyped, type Words } from '../lib/actions/form';
import { ui as translator } from './lang';
import { clickFields, uiActions } from '../lib/actions/table';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Playwright's name option for a control's accessible name (a plain string matches a part of it). */
const named = (words: Words, match: NameMatch = 'part') => {
  const name = say(words, untyped(translator()));
  return match === 'exact'
    ? { name, exact: true }
    : { name: match === 'prefix' ? new RegExp(`^${escapeRegExp(name)}`) : name };
};

async function setField(dialog: Locator, f: FormField) {
  switch (f.role) {
    case 'textbox':
    case 'spinbutton':
      return dialog.getByRole(f.role, named(f.name)).fill(f.value);
    case 'combobox':
      await dialog.getByRole('combobox', named(f.name)).selectOption(f.option);
      return;
    case 'radio':
      return dialog.getByRole('radio', named(f.name, f.match)).check();
    case 'checkbox':
      return dialog.getByRole('checkbox', named(f.name, f.match)).setChecked(f.checked);
  }
}

/** Fills a click's form as its args say (the action table's fields, in order); returns its submit button. */
export async function fillForm(dialog: Locator, ui: UiAction): Promise<Locator> {
  for (const f of clickFields(ui)) await setField(dialog, f);
  return dialog.getByRole('button', { name: untyped(translator())(uiActions[ui.action].submit), exact: true });
}
