/**
 * The languages libvirt 9.0.0's catalogue is translated into (libvirt-l10n:
 * /usr/share/locale/<lang>/LC_MESSAGES/libvirt.mo). A LANGUAGE entry without one (en, en_US, xx)
 * is passed over, as gettext does; en_GB's catalogue is English.
 */
const libvirtCatalogues = new Set(
  'as bg bn_IN bs ca cs da de el en_GB es fi fr gu hi hr hu id it ja ka kn ko mk ml mr ms nb nl or pa pl pt pt_BR ru si sr sr@latin sv ta te tr uk vi zh_CN zh_TW'.split(
    ' ',
  ),
);

/** The forms gettext tries for one locale name (_nl_explode_name): ja_JP.UTF-8 → ja_JP, ja. */
function catalogueFor(name: string): string | undefined {
  const m = /^([^_.@]+)(?:_([^.@]+))?(?:\.[^@]*)?(?:@(.+))?$/.exec(name);
  if (!m) return undefined;
  const [, lang, territory, modifier] = m;
  const forms = [
    territory && modifier && `${lang}_${territory}@${modifier}`,
    territory && `${lang}_${territory}`,
    modifier && `${lang}@${modifier}`,
    lang,
  ];
  return forms.find((f): f is string => Boolean(f) && libvirtCatalogues.has(f as string));
}

const isC = (locale: string) => !locale || locale === 'C' || locale === 'POSIX';

/**
 * The language gettext prints virsh's messages in. The locale is LC_ALL, else LC_MESSAGES, else
 * LANG; in the C (or POSIX) locale, or with none, messages stay untranslated whatever LANGUAGE says
 * (C.UTF-8 is not C). Otherwise a non-empty LANGUAGE list alone is searched, in order — an entry
 * without a libvirt catalogue is skipped, "C" stops the search — and the locale's own language only
 * when LANGUAGE is empty. Languages other than Japanese print English here: VirtLab carries only
 * libvirt's Japanese catalogue (real virsh would print French for LANGUAGE=fr).
 */
export function messagesLanguage(env: Readonly<Record<string, string | undefined>>): 'ja' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (isC(locale)) return 'en';
  const wanted = env.LANGUAGE ? env.LANGUAGE.split(':').filter(Boolean) : [locale];
  for (const name of wanted) {
    if (isC(name)) return 'en';
    const catalogue = catalogueFor(name);
    if (catalogue) return catalogue === 'ja' ? 'ja' : 'en';
  }
  return 'en';
}

/**
 * Whether translated text can be printed as it is: gettext converts each message to the charset
 * of LC_CTYPE (LC_ALL, else LC_CTYPE, else LANG). In the C locale that is ASCII, and every
 * character outside it becomes "?" — `LC_MESSAGES=ja_JP.UTF-8 virsh` alone prints "???? 'test'
 * ???????". Other non-UTF-8 charsets (EUC-JP) are not modelled.
 */
export function messagesAscii(env: Readonly<Record<string, string | undefined>>): boolean {
  return isC(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
}
