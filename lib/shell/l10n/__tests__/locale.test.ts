import { describe, expect, it } from 'vitest';
import { messagesAscii, messagesLanguage } from '../locale';

describe('messagesLanguage: the language gettext picks for virsh', () => {
  it('follows LANGUAGE in a non-C locale, as `LANGUAGE=ja LANG=C.UTF-8 virsh` does', () => {
    expect(messagesLanguage({ LANGUAGE: 'ja', LANG: 'C.UTF-8' })).toBe('ja');
    // en and en_US have no libvirt catalogue: gettext passes over them to ja.
    expect(messagesLanguage({ LANGUAGE: 'en:ja', LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LANGUAGE: 'xx:en_US:ja_JP', LANG: 'C.UTF-8' })).toBe('ja');
    // A catalogued language first (fr prints French on a real host; VirtLab has only ja): not Japanese.
    expect(messagesLanguage({ LANGUAGE: 'fr:ja', LANG: 'en_US.UTF-8' })).toBe('en');
    expect(messagesLanguage({ LANGUAGE: 'en_GB:ja', LANG: 'C.UTF-8' })).toBe('en');
  });

  it('searches LANGUAGE alone when it is set: the locale is not a fallback', () => {
    expect(messagesLanguage({ LANGUAGE: 'en', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(messagesLanguage({ LANGUAGE: '', LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LANGUAGE: 'C:ja', LANG: 'ja_JP.UTF-8' })).toBe('en');
  });

  it('ignores LANGUAGE in the C locale or with no locale, as gettext does', () => {
    expect(messagesLanguage({ LANGUAGE: 'ja', LANG: 'C' })).toBe('en');
    expect(messagesLanguage({ LANGUAGE: 'ja' })).toBe('en');
    expect(messagesLanguage({ LANGUAGE: 'ja', LC_ALL: 'POSIX', LANG: 'ja_JP.UTF-8' })).toBe('en');
  });

  it('reads LC_ALL before LC_MESSAGES before LANG', () => {
    expect(messagesLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' })).toBe('en');
  });

  it('converts to ASCII when LC_CTYPE is C: LC_ALL, else LC_CTYPE, else LANG', () => {
    expect(messagesAscii({ LC_MESSAGES: 'ja_JP.UTF-8' })).toBe(true);
    expect(messagesAscii({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'C.UTF-8' })).toBe(false);
    expect(messagesAscii({ LC_CTYPE: 'C', LANG: 'ja_JP.UTF-8' })).toBe(true);
    expect(messagesAscii({ LC_ALL: 'ja_JP.UTF-8', LC_CTYPE: 'C' })).toBe(false);
  });
});
