import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { leaveFirstAnswers } from '../first-answers-global';
import { FirstAnswersScript } from '../first-answers-script';

const TEXT = '"use strict";(()=>{window.__virtlabLab?.answer?.({"/api/lab":[200,"OK",[],\'{"a":"<b>"}\']},0)})();';

describe('FirstAnswersScript (decision 091)', () => {
  afterEach(() => {
    leaveFirstAnswers(undefined);
    delete (globalThis as { window?: unknown }).window;
    delete (globalThis as { document?: unknown }).document;
  });

  it('writes the text the layout left, once and as it is, in an inline script', () => {
    leaveFirstAnswers(TEXT);
    const html = renderToString(createElement(FirstAnswersScript));
    expect(html).toBe(`<script id="virtlab-answers">${TEXT}</script>`);
  });

  it('writes nothing when the layout left nothing (no answers built, or they cannot stand inline)', () => {
    expect(renderToString(createElement(FirstAnswersScript))).toBe('');
  });

  it('in the browser, renders the text the server wrote (hydration finds what it rendered), without the global', () => {
    (globalThis as { window?: unknown }).window = {};
    (globalThis as { document?: unknown }).document = {
      getElementById: (id: string) => (id === 'virtlab-answers' ? { textContent: TEXT } : null),
    };
    expect(renderToString(createElement(FirstAnswersScript))).toBe(`<script id="virtlab-answers">${TEXT}</script>`);
    (globalThis as { document?: unknown }).document = { getElementById: () => null };
    expect(renderToString(createElement(FirstAnswersScript))).toBe('');
  });
});
