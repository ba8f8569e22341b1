import { useTranslations } from 'next-intl';

const ITEMS = [
  { swatch: 'bg-ok', text: 'sourceRunning' },
  { swatch: 'bg-warn', hatch: true, text: 'paused' },
  { swatch: 'bg-accent', text: 'targetRunning' },
  { swatch: 'border border-dashed border-muted', text: 'receiving' },
  { swatch: 'bg-muted', text: 'dirtied' },
  { swatch: 'border-2 border-danger', text: 'downtime' },
] as const;

/** The chart's colours in words; hatching marks the paused parts for readers who cannot tell the colours apart. */
export function Legend() {
  const t = useTranslations('compare.legend');
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label={t('label')}>
      {ITEMS.map((i) => (
        <li key={i.text} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className={`inline-block h-3 w-5 rounded-sm ${i.swatch}`}
            style={
              'hatch' in i
                ? {
                    backgroundImage:
                      'repeating-linear-gradient(45deg, transparent 0 3px, color-mix(in srgb, var(--bg) 45%, transparent) 3px 5px)',
                  }
                : undefined
            }
          />
          {t(i.text)}
        </li>
      ))}
    </ul>
  );
}
