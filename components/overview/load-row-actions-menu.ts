/**
 * The rows' Actions menu's chunk: loaded on a row button's hover or focus (RowActions), and warmed when
 * the page is idle (warm-chunks.ts) — from this module, so the warm-up does not carry RowActions itself
 * into every page's first load.
 */
export const loadRowActionsMenu = () => import('./RowActionsMenu');
