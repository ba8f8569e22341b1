/**
 * The console's width in character cells, as an xterm-like terminal counts it: the width of its
 * text area divided by one cell (a run of 32 'W's in the terminal's font, measured as xterm.js does),
 * rounded down — what TIOCGWINSZ would answer ls there. `box` is the scrolling output; the probe goes
 * into its parent (same font) so the live region never sees it. The box keeps its scrollbar's gutter
 * whether it overflows or not (`scrollbar-gutter: stable`): the width measured before a run is the
 * width its output gets, even when that output is the first to overflow.
 */
export function terminalColumns(box: HTMLElement | null): number | undefined {
  const parent = box?.parentElement;
  if (!box || !parent) return undefined;
  const probe = document.createElement('span');
  probe.textContent = 'W'.repeat(32);
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;left:0;top:0';
  parent.appendChild(probe);
  const cell = probe.getBoundingClientRect().width / 32;
  probe.remove();
  const style = getComputedStyle(box);
  const inner = box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  if (!(cell > 0) || !(inner > 0)) return undefined;
  return Math.min(1000, Math.max(1, Math.floor(inner / cell)));
}
