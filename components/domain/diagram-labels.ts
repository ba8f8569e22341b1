import { RX, RY, geometry, pathPoints } from './diagram-geometry';
import { type Edge, GROUP, MAJOR, MINOR } from './diagram-model';

/** A label's box in viewBox units. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PlacedLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
}

/** Two actions a line, so long labels stay clear of their neighbours. */
const lines = (actions: string[]) => actions.flatMap((_a, i) => (i % 2 ? [] : [actions.slice(i, i + 2).join(' · ')]));

/** A label's box, with a margin. Commands are ASCII: about 0.6 em a character in the page's sans-serif. */
export function boxOf(l: PlacedLabel): Box {
  const w = Math.max(...l.lines.map((s) => s.length)) * l.size * 0.6;
  const x = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x;
  return { x: x - 2, y: l.y - l.size, w: w + 4, h: l.size * 1.2 * l.lines.length + 2 };
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * What a label must not sit on: the states, the group's pills and its title, the legend, and the
 * migration arrows' dashed curves (they carry no label of their own unless lit, so nothing else
 * keeps labels off them; a dash under a label reads as a strike-through).
 */
function obstacles(edges: readonly Edge[], font: number): Box[] {
  return [
    ...dashes(edges),
    ...Object.values(MAJOR).map((p) => ({ x: p!.x - RX, y: p!.y - RY, w: RX * 2, h: RY * 2 })),
    ...Object.values(MINOR).map((p) => ({ x: p!.x - 48, y: p!.y - 13, w: 96, h: 26 })),
    { x: GROUP.x, y: GROUP.y - 6 - font, w: GROUP.w, h: font + 4 },
    { x: 0, y: 352 - font, w: 660, h: font * 1.6 },
  ];
}

/** The dashed arrows' points as small boxes: the same for an edge list whatever the font. */
const dashBoxes = new WeakMap<readonly Edge[], Box[]>();
function dashes(edges: readonly Edge[]): Box[] {
  let boxes = dashBoxes.get(edges);
  if (!boxes) {
    boxes = edges
      .filter((e) => e.kind === 'migrate')
      .flatMap((e) => pathPoints(geometry(e).d, 60).map((p) => ({ x: p.x - 1.5, y: p.y - 1.5, w: 3, h: 3 })));
    dashBoxes.set(edges, boxes);
  }
  return boxes;
}

/** Offsets tried in turn, nearest first: up and down, then sideways. */
const DY = [0, -6, 6, -12, 12, -18, 18, -24, 24, -32, 32, -40, 40, -48, 48, -56, 56, -64, 64];
const DX = [0, 16, -16, 32, -32, 48, -48, 64, -64, 80, -80];
const FAR_X = Math.max(...DX),
  FAR_Y = Math.max(...DY);

/**
 * Where each labelled arrow's label goes: at its arrow, nudged to the nearest place that overlaps no
 * state, no other label and not the legend. Labels are drawn larger when the SVG is drawn small
 * (useMinFont), so places are found for the font in use, not once for all. Each place found is kept
 * (per edge list, lit arrow and font): a render that changes neither finds them again for nothing.
 */
export function placeLabels(edges: readonly Edge[], lit: Edge | undefined, font: number): Map<Edge, PlacedLabel> {
  let known = placed.get(edges);
  if (!known) placed.set(edges, (known = new Map()));
  const key = `${lit ? edges.indexOf(lit) : -1} ${font}`;
  const found = known.get(key) ?? place(edges, lit, font);
  known.set(key, found);
  return found;
}
const placed = new WeakMap<readonly Edge[], Map<string, Map<Edge, PlacedLabel>>>();

function place(edges: readonly Edge[], lit: Edge | undefined, font: number): Map<Edge, PlacedLabel> {
  const taken = obstacles(edges, font);
  const out = new Map<Edge, PlacedLabel>();
  // The lit label first: it is the one the learner reads.
  const order = [...edges].sort((a, b) => Number(b === lit) - Number(a === lit));
  for (const e of order) {
    if (e.kind !== 'plain' && e !== lit) continue;
    const g = geometry(e);
    const base: PlacedLabel = {
      lines: lines(e.actions),
      x: g.lx,
      y: g.ly,
      anchor: g.anchor,
      size: e === lit ? font * 1.08 : font,
    };
    // Two actions a line first; where that finds no room (a crowded middle), one a line, narrower.
    const layouts = [base, ...(e.actions.length > 1 ? [{ ...base, lines: e.actions }] : [])];
    // Only what lies within the farthest nudge can be in the way: test each place against those.
    const reach = layouts.map(boxOf).reduce((r, b) => ({
      x: Math.min(r.x, b.x),
      y: Math.min(r.y, b.y),
      w: Math.max(r.x + r.w, b.x + b.w) - Math.min(r.x, b.x),
      h: Math.max(r.y + r.h, b.y + b.h) - Math.min(r.y, b.y),
    }));
    const region = { x: reach.x - FAR_X, y: reach.y - FAR_Y, w: reach.w + 2 * FAR_X, h: reach.h + 2 * FAR_Y };
    const near = taken.filter((t) => overlap(region, t));
    let label = base;
    // Each place is boxOf's box moved by the nudge, tested with plain arithmetic, row by row (DY, then
    // DX: NUDGES' order): only what a row's height meets is tested along it. The first render of a
    // domain page tries ~480 places against ~120 boxes each (the dashed arrows' points, mostly), and
    // building a label and a box for every place and test was most of the diagram's ~10 ms render
    // (decision 089). The same boxes, tested in the same order: the same places.
    search: for (const l of layouts) {
      const w = Math.max(...l.lines.map((s) => s.length)) * l.size * 0.6;
      const bw = w + 4,
        bh = l.size * 1.2 * l.lines.length + 2;
      for (const dy of DY) {
        const by = l.y + dy - l.size;
        if (by < 0) continue;
        const row = near.filter((t) => by < t.y + t.h && t.y < by + bh);
        for (const dx of DX) {
          const x = l.x + dx;
          const bx = (l.anchor === 'middle' ? x - w / 2 : l.anchor === 'end' ? x - w : x) - 2;
          if (bx < 0 || bx + bw > 660 || row.some((t) => bx < t.x + t.w && t.x < bx + bw)) continue;
          label = { ...l, x, y: l.y + dy };
          break search;
        }
      }
    }
    taken.push(boxOf(label));
    out.set(e, label);
  }
  return out;
}
