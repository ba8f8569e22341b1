/** qemu's size words: qemu_strtosz's suffixes and size_to_str's "%0.3g" binary units (util/cutils.c). */
const SUFFIX: Record<string, number> = { B: 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40, P: 2 ** 50, E: 2 ** 60 };

/** "10G", "1.5G", "1024k", "100" (bytes) → bytes; null when qemu_strtosz would refuse it. */
export function parseSize(text: string, defaultUnit = 'B'): number | null {
  const m = /^(\d+(?:\.\d+)?)([bkmgtpeBKMGTPE]?)$/.exec(text);
  if (!m) return null;
  const unit = SUFFIX[(m[2] || defaultUnit).toUpperCase()];
  const n = Number(m[1]) * unit;
  // A fraction is allowed only with a unit, and must come to whole bytes.
  if (m[1].includes('.') && unit === 1) return null;
  return n >= 2 ** 64 ? null : Math.floor(n);
}

/** %0.3g: three significant digits, trailing zeros dropped. */
const g3 = (x: number) => {
  const s = x.toPrecision(3);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** size_to_str: "196 KiB", "1.46 GiB"; switches unit at 1000 so it never prints 1.0e+03. */
export function sizeToStr(val: number): string {
  const units = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
  const x = val / (1000 / 1024);
  const exp = x === 0 ? 0 : Math.floor(Math.log2(x)) + 1;
  const i = Math.max(0, Math.floor((exp - 1) / 10));
  return `${g3(val / 2 ** (i * 10))} ${units[i]}B`;
}
