'use client';

import { useTranslations } from 'next-intl';
import { type KeyboardEvent, memo, useId, useRef, useState } from 'react';
import type { ApiDomain } from '@/lib/api/contract';
import { quoteWord } from '@/lib/shell/tokenize';

const commandLine = (argv: string[]) => ['virsh', ...argv.map(quoteWord)].join(' ');

/**
 * `virsh dumpxml` (live) and `virsh dumpxml --inactive` (the persistent definition). Rendered again
 * only when a definition changes: most actions (suspend, resume, reboot) leave both as they were.
 * Two tabs of its own rather than Radix Tabs: a Radix tab panel reads its computed style when it
 * mounts (Presence's animation check), which made the browser compute the style of the whole lower
 * half of the domain page inside React's commit — 87 ms of CPU under Lighthouse (decision 058).
 */
export const XmlView = memo(
  function XmlView({ domain }: { domain: ApiDomain }) {
    const tr = useTranslations('xml');
    const tabs = [
      {
        value: 'live',
        label: tr('live'),
        xml: domain.xml.live,
        argv: ['dumpxml', domain.name],
        empty: tr('noLive'),
      },
      {
        value: 'inactive',
        label: tr('inactive'),
        xml: domain.xml.inactive,
        argv: ['dumpxml', '--inactive', domain.name],
        empty: tr('noInactive'),
      },
    ];
    const id = useId();
    const [shown, setShown] = useState(domain.xml.live ? 'live' : 'inactive');
    const buttons = useRef<(HTMLButtonElement | null)[]>([]);
    const tab = tabs.find((t) => t.value === shown) ?? tabs[0];
    /** The tabs pattern of WAI-ARIA: arrows, Home and End move between the tabs and show the one reached. */
    const move = (e: KeyboardEvent, i: number) => {
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const next = (to + tabs.length) % tabs.length;
      setShown(tabs[next].value);
      buttons.current[next]?.focus();
    };
    return (
      <section aria-labelledby="xml" className="rounded-lg border border-line bg-panel">
        <h2 id="xml" className="sr-only">
          {tr('heading')}
        </h2>
        <div role="tablist" aria-label={tr('heading')} className="flex gap-1 border-b border-line px-2 pt-2">
          {tabs.map((t, i) => (
            <button
              key={t.value}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${t.value}`}
              aria-selected={t.value === shown}
              aria-controls={t.value === shown ? `${id}-panel` : undefined}
              data-state={t.value === shown ? 'active' : 'inactive'}
              tabIndex={t.value === shown ? 0 : -1}
              onClick={() => setShown(t.value)}
              onKeyDown={(e) => move(e, i)}
              className="rounded-t-md border border-b-0 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-line data-[state=active]:bg-sunken data-[state=active]:font-semibold"
            >
              {t.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab.value}`} className="p-3">
          <code className="text-xs text-muted">{commandLine(tab.argv)}</code>
          {tab.xml ? (
            <pre
              tabIndex={0}
              aria-label={tab.label}
              className="mt-2 max-h-96 overflow-auto rounded bg-sunken p-3 font-mono text-xs"
            >
              {tab.xml}
            </pre>
          ) : (
            <p className="mt-2 text-sm text-muted">{tab.empty}</p>
          )}
        </div>
      </section>
    );
  },
  (a, b) =>
    a.domain.name === b.domain.name &&
    a.domain.xml.live === b.domain.xml.live &&
    a.domain.xml.inactive === b.domain.xml.inactive,
);
