/** The few printf conversions xm (Python %) and xl (C printf) use for their tables. */
export const left = (s: string | number, width: number) => String(s).padEnd(width);
export const right = (s: string | number, width: number) => String(s).padStart(width);
/** `%W.Pf`: C and Python round half to even on the binary value; toFixed is close enough for times. */
export const fixed = (n: number, width: number, prec: number) => n.toFixed(prec).padStart(width);
