/**
 * The language gettext picks for messages: the locale is LC_ALL, else LC_MESSAGES, else LANG; in
 * the C (or POSIX) locale, or with none, messages stay untranslated whatever LANGUAGE says.
 * Otherwise LANGUAGE's list (ja:en) comes first, then the locale's own language (ja_JP.UTF-8).
 */
export function messagesLanguage(env: Readonly<Record<string, string | undefined>>): 'ja' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale || locale === 'C' || locale === 'POSIX') return 'en';
  const wanted = [...(env.LANGUAGE ?? '').split(':'), locale].filter(Boolean).map((l) => l.split(/[_.@]/)[0]);
  for (const l of wanted) {
    if (l === 'ja') return 'ja';
    if (l === 'en' || l === 'C') return 'en';
  }
  return 'en';
}
