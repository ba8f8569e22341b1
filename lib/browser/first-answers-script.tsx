'use client';

import { leftFirstAnswers } from './first-answers-global';

/** The element's id: the browser's render reads the text the server wrote. */
const ID = 'virtlab-answers';

/**
 * The built-in lab's answers (mocks/worker/first-page.ts: a few KiB, computed by the build), inline in `<head>`
 * right after the early-worker script, which they answer a first visit's early GETs through (decision 091) —
 * so the first answer comes with the HTML's head, not with a file the page's main thread runs when it gets to
 * it. A client component, so that the text is written once: a server component's inline script is also
 * written into the RSC payload (decision 084), this one's payload is a reference to it. The server's render
 * takes the text the layout left (./first-answers-global.ts); the
 * browser's takes the element's own text, so hydration finds what the server wrote. A later visit runs it
 * too, and it does nothing there (the inline script asked for nothing to answer).
 */
export function FirstAnswersScript() {
  const text = typeof window === 'undefined' ? leftFirstAnswers() : document.getElementById(ID)?.textContent;
  if (!text) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the build's own answers file, checked to stand inline (lib/server/lab-worker-start.ts)
  return <script id={ID} dangerouslySetInnerHTML={{ __html: text }} />;
}
