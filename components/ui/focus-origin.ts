/**
 * Whether the latest focus came from the Tab key. A dialog that closes hands focus back to the
 * button that opened it (after Escape, Enter or a click); a tooltip that opened on that focus
 * would stand over the page the dialog just left. Tooltips open on focus only when the learner
 * tabbed there.
 */
let tabbed = false;

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (e) => void (tabbed = e.key === 'Tab'), true);
  window.addEventListener('pointerdown', () => void (tabbed = false), true);
}

export const focusCameFromTab = () => tabbed;
