/**
 * Which Xen the lab's Xen hosts run, for help panels and the console's `help`: both toolstacks
 * are there only up to Xen 4.4 (xm was removed in Xen 4.5, with xend).
 */
export const XEN_VERSION = '4.4.4';
export const XEN_TOOLS_NOTE =
  `The Xen hosts run Xen ${XEN_VERSION}: xm (through the xend daemon, which is running) and xl (libxl) are both installed. ` +
  'xm was removed in Xen 4.5; on newer hosts only xl exists.';
