/**
 * The buttons that open a menu loaded on first use: the stand-in shown before the menu's code
 * loads and the loaded menu's own trigger share these classes, so nothing moves when it swaps.
 * Apart from both so that neither imports the other (the menu is a lazy import of the stand-in's).
 */
export const labMenuTrigger = 'whitespace-nowrap rounded-md border border-line px-2.5 py-1 text-sm hover:bg-sunken';
export const rowActionsTrigger = 'whitespace-nowrap rounded-md border border-line px-2 py-1 text-sm hover:bg-sunken';
