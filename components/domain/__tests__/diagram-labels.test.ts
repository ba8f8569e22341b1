import { describe, expect, it } from 'vitest';
import { boxOf, placeLabels, type PlacedLabel } from '../diagram-labels';
import { edgesFor, litEdge, MAJOR } from '../diagram-model';
import { geometry, pathPoints, RX, RY } from '../diagram-geometry';

/** Boxes less their 2-unit margin: labels whose margins touch are still apart. */
const box = (l: PlacedLabel) => {
  const b = boxOf(l);
  return { x: b.x + 2, y: b.y, w: b.w - 4, h: b.h - 2 };
};
type B = ReturnType<typeof box>;
const overlap = (a: B, b: B) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the state diagram labels its arrows without overlaps', () => {
  // 11.5 is the font at full width; 14 what useMinFont asks for at the narrowest drawing (540 px).
  for (const driver of ['qemu', 'xen', 'test'] as const)
    for (const font of [11.5, 12.5, 14])
      it(`${driver} at font ${font}: no label on another or on a state, every label inside the picture`, () => {
        const edges = edgesFor(driver);
        const lit = litEdge(edges, { action: 'suspend', from: { state: 'running' }, to: { state: 'paused' } });
        const labels = [...placeLabels(edges, lit, font).values()];
        expect(labels.length).toBeGreaterThan(8);
        const dashes = edges.filter((e) => e.kind === 'migrate').flatMap((e) => pathPoints(geometry(e).d, 60));
        expect(dashes.length).toBeGreaterThan(60);
        const states = Object.values(MAJOR).map((p) => ({ x: p!.x - RX, y: p!.y - RY, w: RX * 2, h: RY * 2 }));
        for (const [i, a] of labels.entries()) {
          const b = box(a);
          expect(b.x, a.lines.join('/')).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w, a.lines.join('/')).toBeLessThanOrEqual(660);
          for (const s of states) expect(overlap(b, s), `${a.lines} on a state`).toBe(false);
          const on = dashes.filter((p) => overlap(b, { x: p.x, y: p.y, w: 0.01, h: 0.01 }));
          expect(on, `${a.lines} on a dashed migration arrow`).toEqual([]);
          for (const other of labels.slice(i + 1))
            expect(overlap(b, box(other)), `${a.lines} on ${other.lines}`).toBe(false);
        }
      });
});
