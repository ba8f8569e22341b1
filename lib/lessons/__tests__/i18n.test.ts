import { describe, expect, it } from 'vitest';
import { localizeOutline } from '../i18n';
import { lessonsJa } from '../ja/index';
import { lessonOutline } from '../outline';
import { lessons } from '../registry';

const spans = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('lessons in Japanese', () => {
  it('has every lesson and every step, and nothing else', () => {
    expect(Object.keys(lessonsJa).sort()).toEqual(lessons.map((l) => l.id).sort());
    for (const l of lessons) {
      const ja = lessonsJa[l.id]!;
      expect(Object.keys(ja.steps).sort(), l.id).toEqual(l.steps.map((s) => s.id).sort());
      expect(ja.hints.length, `${l.id} hints`).toBe(l.hints.length);
      for (const text of [ja.title, ja.concept, ja.summary, ja.goalText, ...ja.hints]) expect(text).toMatch(japanese);
    }
  });

  it('keeps every command, option and file name: the `code` spans of each text are the English ones', () => {
    for (const l of lessons) {
      const ja = lessonsJa[l.id]!;
      expect(spans(ja.hints.join(' ')), `${l.id} hints`).toEqual(spans(l.hints.join(' ')));
      for (const s of l.steps) {
        const t = ja.steps[s.id]!;
        expect(spans(t.instruction), `${l.id} › ${s.id} instruction`).toEqual(spans(s.instruction));
        expect(spans(t.hint), `${l.id} › ${s.id} hint`).toEqual(spans(s.hint));
        for (const [dialect, eq] of Object.entries(s.do.also ?? {}))
          if (eq && 'none' in eq) expect(t.none?.[dialect as 'xm'], `${l.id} › ${s.id} › ${dialect}`).toMatch(japanese);
      }
    }
  });

  it('localizes an outline: Japanese prose, the same commands and buttons', () => {
    for (const l of lessons) {
      const en = lessonOutline(l);
      const ja = localizeOutline(en, 'ja');
      expect(ja.title).toBe(lessonsJa[l.id]!.title);
      expect(ja.steps.map((s) => s.command)).toEqual(en.steps.map((s) => s.command));
      expect(ja.steps.map((s) => s.ui)).toEqual(en.steps.map((s) => s.ui));
      expect(ja.steps.every((s) => japanese.test(s.instruction) && japanese.test(s.hint))).toBe(true);
      expect(localizeOutline(en, 'en')).toBe(en);
    }
  });
});
