import { describe, expect, it } from 'vitest';
import { messagesLanguage } from '../locale';

describe('messagesLanguage: the language gettext picks for virsh', () => {
  it('follows LANGUAGE in a non-C locale, as `LANGUAGE=ja LANG=C.UTF-8 virsh` does', () => {
    expect(messagesLanguage({ LANGUAGE: 'ja', LANG: 'C.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LANGUAGE: 'fr:ja', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(messagesLanguage({ LANGUAGE: 'en:ja', LANG: 'ja_JP.UTF-8' })).toBe('en');
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
});
