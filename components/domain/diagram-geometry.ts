import { type Edge, type End, GROUP, MAJOR } from './diagram-model';

/** The major states' ellipses (viewBox units). */
export const RX = 56,
  RY = 20;
type Pt = { x: number; y: number };
export interface EdgeGeometry {
  d: string;
  /** Where its label starts, and how it is anchored there. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
}

const groupCentre = { x: GROUP.x + GROUP.w / 2, y: GROUP.y + GROUP.h / 2 };
const centre = (e: End): Pt => (e === 'other' ? groupCentre : MAJOR[e]!);

/** Where an arrow leaves or enters an end, heading towards `t`. */
function rim(end: End, t: Pt): Pt {
  if (end === 'other') {
    const c = groupCentre;
    const k = Math.min(GROUP.w / 2 / Math.abs(t.x - c.x || 1e-9), GROUP.h / 2 / Math.abs(t.y - c.y || 1e-9));
    return { x: c.x + (t.x - c.x) * k, y: c.y + (t.y - c.y) * k };
  }
  const c = MAJOR[end]!;
  const a = Math.atan2((t.y - c.y) / RY, (t.x - c.x) / RX);
  return { x: c.x + RX * Math.cos(a), y: c.y + RY * Math.sin(a) };
}

/** A loop over its state; a migration's loop stands taller, around the state's own. */
function loop(a: Pt, tall: boolean): EdgeGeometry {
  const top = a.y - RY;
  const [w, h] = tall ? [44, 104] : [24, 66];
  // A loop near the right edge (paused) carries its label on its left, inside the picture.
  const right = a.x > 500;
  return {
    d: `M ${a.x - w} ${top + 4} C ${a.x - w - 40} ${top - h}, ${a.x + w + 40} ${top - h}, ${a.x + w} ${top + 4}`,
    lx: right ? a.x - w - 24 : a.x + w + 24,
    ly: top - h * 0.66,
    anchor: right ? 'end' : 'start',
  };
}

/**
 * An arrow's path and its label's place. Each direction of a pair bows to its own side (to the left
 * of travel), so the two never overlap; a migration's arrow bows further out than the pair's own.
 */
export function geometry(e: Edge): EdgeGeometry {
  const a = centre(e.from),
    b = centre(e.to);
  // The group's own loop turns round its top-right corner, clear of the group's title.
  if (e.from === 'other' && e.to === 'other') {
    const [x, y] = [GROUP.x + GROUP.w, GROUP.y];
    const r = e.kind === 'migrate' ? 70 : 48;
    return {
      d: `M ${x - 22} ${y} C ${x - 22} ${y - r}, ${x + r} ${y + 22}, ${x} ${y + 22}`,
      lx: x + 12,
      ly: y - r / 2,
      anchor: 'start',
    };
  }
  if (e.from === e.to) return loop(a, e.kind === 'migrate');
  const dx = b.x - a.x,
    dy = b.y - a.y,
    len = Math.hypot(dx, dy);
  const n = { x: dy / len, y: -dx / len };
  const migrate = e.kind === 'migrate';
  if (e.from === 'other' || e.to === 'other') {
    const shift = migrate ? 16 : 0;
    const p = rim(e.from, b),
      q = rim(e.to, a);
    const [p2, q2] = [p, q].map((v) => ({ x: v.x + n.x * shift, y: v.y + n.y * shift }));
    const vertical = Math.abs(p2.x - q2.x) < 1;
    return {
      d: `M ${p2.x} ${p2.y} L ${q2.x} ${q2.y}`,
      lx: (p2.x + q2.x) / 2 + (vertical ? 8 : 0),
      ly: (p2.y + q2.y) / 2 - 6,
      anchor: vertical ? 'start' : 'middle',
    };
  }
  const bow = migrate ? Math.min(110, len * 0.32) : Math.min(70, len * 0.2);
  const c = { x: (a.x + b.x) / 2 + n.x * bow, y: (a.y + b.y) / 2 + n.y * bow };
  const p = rim(e.from, c),
    q = rim(e.to, c);
  const mid = { x: (p.x + q.x) / 4 + c.x / 2, y: (p.y + q.y) / 4 + c.y / 2 };
  return {
    d: `M ${p.x} ${p.y} Q ${c.x} ${c.y} ${q.x} ${q.y}`,
    lx: mid.x + n.x * 14,
    ly: mid.y + n.y * 14 + 4,
    anchor: 'middle',
  };
}

/**
 * Points along an arrow's path (`M … L …`, `M … Q …` or `M … C …`, as geometry() writes them), `n`
 * steps apart in its parameter: what a label must not be drawn over.
 */
export function pathPoints(d: string, n = 24): Pt[] {
  const v = d.match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i + 1 < v.length; i += 2) {
    xs.push(v[i]!);
    ys.push(v[i + 1]!);
  }
  // De Casteljau (the same point whatever the curve's degree), in two scratch rows rather than a new
  // array of points per step: the diagram's first render computes ~500 of these (decision 089).
  const x = xs.slice();
  const y = ys.slice();
  const at = (t: number): Pt => {
    for (let i = 0; i < xs.length; i++) {
      x[i] = xs[i]!;
      y[i] = ys[i]!;
    }
    for (let len = xs.length - 1; len > 0; len--)
      for (let i = 0; i < len; i++) {
        x[i] = x[i]! + (x[i + 1]! - x[i]!) * t;
        y[i] = y[i]! + (y[i + 1]! - y[i]!) * t;
      }
    return { x: x[0]!, y: y[0]! };
  };
  return Array.from({ length: n + 1 }, (_, i) => at(i / n));
}
