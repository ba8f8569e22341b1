import { Fragment } from 'react';
import type { Transcript } from '@/lib/api/contract';
import { ConsoleEntry } from './ConsoleEntry';
import { HeldLines } from './HeldLines';
import type { Interrupted } from './use-console-input';

/**
 * The lines run at the console with what they printed, and between them the lines given up with ^C,
 * each after the entry it followed (those that followed an entry no longer shown come first).
 */
export function ConsoleLog({ entries, interrupted }: { entries: Transcript[]; interrupted: Interrupted[] }) {
  const firstSeq = entries[0]?.seq ?? Number.POSITIVE_INFINITY;
  const after = (seq: number) =>
    interrupted
      .filter((x) => (seq < 0 ? x.after < firstSeq : x.after === seq))
      .map((x, i) => <HeldLines key={`${x.after}-${i}`} prompt={x.prompt} lines={x.lines} tail="^C" />);
  return (
    <>
      {after(-1)}
      {entries.map((t) => (
        <Fragment key={t.seq}>
          <ConsoleEntry t={t} />
          {after(t.seq)}
        </Fragment>
      ))}
    </>
  );
}
