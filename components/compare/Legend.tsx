const ITEMS: { swatch: string; hatch?: boolean; outline?: boolean; text: string }[] = [
  { swatch: 'bg-ok', text: 'Guest running on the source; sent while it runs' },
  { swatch: 'bg-warn', hatch: true, text: 'Guest paused; stop-and-copy' },
  { swatch: 'bg-accent', text: 'Guest running on the target' },
  { swatch: 'border border-dashed border-muted', outline: true, text: 'Target receiving memory' },
  { swatch: 'bg-muted', text: 'Pages dirtied during a round (re-sent next round)' },
  { swatch: 'border-2 border-danger', outline: true, text: 'Downtime' },
];

/** The chart's colours in words; hatching marks the paused parts for readers who cannot tell the colours apart. */
export function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="Legend">
      {ITEMS.map((i) => (
        <li key={i.text} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className={`inline-block h-3 w-5 rounded-sm ${i.swatch}`}
            style={
              i.hatch
                ? {
                    backgroundImage:
                      'repeating-linear-gradient(45deg, transparent 0 3px, color-mix(in srgb, var(--bg) 45%, transparent) 3px 5px)',
                  }
                : undefined
            }
          />
          {i.text}
        </li>
      ))}
    </ul>
  );
}
