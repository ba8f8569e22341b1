/**
 * The console's prompt in vi command mode: readline's message replaces it, except that `/` and `?`
 * follow the shell's prompt (_rl_make_prompt_for_search: `root@kvm1:~# /`). Apart from vi-line.ts,
 * which loads only once vi mode is used.
 */
export const viPrompt = (message: string | null, shell: string) =>
  message === null ? shell : /^[/?]/.test(message) ? `${shell} ${message}` : message.trimEnd();
