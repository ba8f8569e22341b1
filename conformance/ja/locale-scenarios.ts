/**
 * How virsh chooses its language from the environment (gettext: LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG; the charset from LC_CTYPE): each scenario is one real virsh run with exactly this
 * environment. Recorded with ja_JP.UTF-8 and en_US.UTF-8 built by localedef (locale-scenarios-record.ts).
 */
export const localeScenarios: readonly { env: Record<string, string>; line: string }[] = [
  // A Japanese desktop: LANG alone, no LANGUAGE.
  { env: { LANG: 'ja_JP.UTF-8' }, line: 'suspend test; list --all' },
  { env: { LANG: 'ja_JP.UTF-8' }, line: 'dominfo nope' },
  // LC_MESSAGES wins over LANG; LC_ALL over both.
  { env: { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, line: 'suspend test' },
  { env: { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, line: 'suspend test' },
  // LC_ALL=C (or LC_MESSAGES=C): English whatever LANGUAGE says.
  { env: { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }, line: 'suspend test' },
  { env: { LANGUAGE: 'ja', LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }, line: 'suspend test' },
  { env: { LANGUAGE: 'ja', LC_MESSAGES: 'POSIX', LANG: 'C.UTF-8' }, line: 'suspend test' },
  { env: { LANGUAGE: 'ja' }, line: 'suspend test' },
  // LANGUAGE in a non-C locale: its list alone, entries without a catalogue passed over.
  { env: { LANGUAGE: 'ja', LANG: 'en_US.UTF-8' }, line: 'suspend test' },
  { env: { LANGUAGE: 'en:ja', LANG: 'C.UTF-8' }, line: 'suspend test' },
  // en_GB's catalogue is English. (gettext looks each message up along the list: a message en_GB
  // lacks — "Domain '%s' suspended" — comes from ja. VirtLab has only the Japanese catalogue and
  // does not model that; it prints English for every message then.)
  { env: { LANGUAGE: 'en_GB:ja', LANG: 'C.UTF-8' }, line: 'dominfo nope' },
  { env: { LANGUAGE: 'en', LANG: 'ja_JP.UTF-8' }, line: 'suspend test' },
  { env: { LANGUAGE: 'ja_JP', LANG: 'C.UTF-8' }, line: 'dominfo nope' },
  // Japanese messages in an ASCII charset (LC_CTYPE is C): gettext writes "?" for each character.
  { env: { LC_MESSAGES: 'ja_JP.UTF-8' }, line: 'list --all; dominfo test; suspend nope' },
];
