'use client';

import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  unit: string;
  value: number | undefined;
  /** Called with a number, or undefined when `emptyMeans` allows an empty field. */
  onChange: (v: number | undefined) => void;
  /** What an empty field means (e.g. "all memory"); without it the field needs a number. */
  emptyMeans?: string;
  step?: number;
  hint?: string;
  disabledWhy?: string;
}

/**
 * A number input that keeps what is being typed ("1." or "") while only complete numbers reach
 * the URL; on blur it shows the value in force again.
 */
export function NumberField({ label, unit, value, onChange, emptyMeans, step = 1, hint, disabledWhy }: Props) {
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(shown);
  }, [shown, editing]);
  const incomplete = draft.trim() === '' ? !emptyMeans : !Number.isFinite(Number(draft));
  const help =
    disabledWhy ??
    (incomplete
      ? `${label} needs a number.`
      : (hint ?? (emptyMeans && draft.trim() === '' ? `Empty: ${emptyMeans}.` : undefined)));
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className={`font-medium ${disabledWhy ? 'text-muted' : ''}`}>
        {label} <span className="font-normal text-muted">({unit})</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={draft}
        disabled={!!disabledWhy}
        placeholder={emptyMeans}
        aria-invalid={incomplete || undefined}
        aria-describedby={help ? `${id}-help` : undefined}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false);
          setDraft(shown);
        }}
        onChange={(e) => {
          const raw = e.target.value;
          setDraft(raw);
          if (raw.trim() === '') {
            if (emptyMeans) onChange(undefined);
            return;
          }
          const n = Number(raw);
          if (Number.isFinite(n)) onChange(n);
        }}
        className="w-full rounded-md border border-line bg-panel px-2 py-1.5 text-fg tabular-nums disabled:bg-sunken disabled:text-muted aria-[invalid=true]:border-danger"
      />
      {help && (
        <span id={`${id}-help`} className={`text-xs ${incomplete ? 'text-danger' : 'text-muted'}`}>
          {help}
        </span>
      )}
    </div>
  );
}
