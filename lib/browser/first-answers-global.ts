/**
 * Where the layout (a server component) leaves the built-in lab's answers' text for the server's render of
 * FirstAnswersScript (./first-answers-script.tsx, decision 091): both run in the server's one process, and a
 * prop would write the text into the RSC payload as well.
 */
const KEY = '__virtlabFirstAnswers';

export const leaveFirstAnswers = (text: string | undefined) => {
  (globalThis as Record<string, unknown>)[KEY] = text;
};

export const leftFirstAnswers = (): string | undefined => {
  const text = (globalThis as Record<string, unknown>)[KEY];
  return typeof text === 'string' && text ? text : undefined;
};
