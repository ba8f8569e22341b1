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

let handing = false;
/**
 * LazyHint puts the focus back on the button Hint made anew (the old one had it): that focus is the
 * same focus moving to the new element, not a click's or a closing dialog's, so Hint keeps its state.
 */
export function handOverFocus(el: HTMLElement) {
  handing = true;
  try {
    el.focus();
  } finally {
    handing = false;
  }
}
export const focusHandedOver = () => handing;
