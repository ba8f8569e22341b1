import { createTranslator } from 'next-intl';
import en from '../messages/en.json';
import ja from '../messages/ja.json';
import { type Locale, localePath } from '../i18n/routing';

/**
 * The language a walkthrough drives the lab in (`npm run walkthrough -- --lang ja`, the Japanese
 * lesson specs): its pages' paths and the names the driver looks for come from the app's own
 * messages, so a label changed there is found here too.
 */
let current: Locale = 'en';

export const setWalkthroughLang = (l: Locale) => {
  current = l;
};
export const walkthroughLang = () => current;
export const ui = () => createTranslator({ locale: current, messages: current === 'ja' ? ja : en });
export const inLang = (path: string) => localePath(current, path);
