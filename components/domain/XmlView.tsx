'use client';

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { Tabs } from 'radix-ui';
import type { ApiDomain } from '@/lib/api/contract';
import { quoteWord } from '@/lib/shell/tokenize';

const commandLine = (argv: string[]) => ['virsh', ...argv.map(quoteWord)].join(' ');

/**
 * `virsh dumpxml` (live) and `virsh dumpxml --inactive` (the persistent definition). Rendered again
 * only when a definition changes: most actions (suspend, resume, reboot) leave both as they were.
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
    return (
      <section aria-labelledby="xml" className="rounded-lg border border-line bg-panel">
        <h2 id="xml" className="sr-only">
          {tr('heading')}
        </h2>
        <Tabs.Root defaultValue={domain.xml.live ? 'live' : 'inactive'}>
          <Tabs.List aria-label={tr('heading')} className="flex gap-1 border-b border-line px-2 pt-2">
            {tabs.map((t) => (
              <Tabs.Trigger
                key={t.value}
                value={t.value}
                className="rounded-t-md border border-b-0 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-line data-[state=active]:bg-sunken data-[state=active]:font-semibold"
              >
                {t.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {tabs.map((t) => (
            <Tabs.Content key={t.value} value={t.value} className="p-3">
              <code className="text-xs text-muted">{commandLine(t.argv)}</code>
              {t.xml ? (
                <pre
                  tabIndex={0}
                  aria-label={t.label}
                  className="mt-2 max-h-96 overflow-auto rounded bg-sunken p-3 font-mono text-xs"
                >
                  {t.xml}
                </pre>
              ) : (
                <p className="mt-2 text-sm text-muted">{t.empty}</p>
              )}
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </section>
    );
  },
  (a, b) =>
    a.domain.name === b.domain.name &&
    a.domain.xml.live === b.domain.xml.live &&
    a.domain.xml.inactive === b.domain.xml.inactive,
);
