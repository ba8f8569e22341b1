/** Columns a terminal gives a character: 2 for East Asian wide and fullwidth ones (wcwidth), else 1. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (s: string) => [...s].reduce((n, c) => n + (wide.test(c) ? 2 : 1), 0);

/** printf's `%-Ns` counts bytes (UTF-8), not characters: virsh's key–value lines pad so. */
export const utf8Length = (s: string) =>
  [...s].reduce((n, c) => {
    const cp = c.codePointAt(0) ?? 0;
    return n + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  }, 0);
