'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Dialect } from '@/lib/shell/equivalents';
import { useShellTools } from '@/lib/browser/shell-tools';
import { type CommandHost, useEquivalentsHost } from './equivalents-host';

const order: Dialect[] = ['virsh', 'xl', 'xm'];

/**
 * The same operation in virsh, xl and xm — recomputed from the command registry as a form changes.
 * On a host that is not Xen, xm and xl say why they do not apply (`host`, else EquivalentsHost).
 */
export function Equivalents({ argv, compact, host }: { argv: string[] | null; compact?: boolean; host?: CommandHost }) {
  const t = useTranslations('equivalents');
  const ja = useLocale() === 'ja';
  const tools = useShellTools();
  const on = useEquivalentsHost(host);
  if (!argv) return <p className="text-sm text-muted">{t('fillIn')}</p>;
  if (!tools) return <p className="text-sm text-muted">{t('loading')}</p>;
  const e = tools.equivalents(argv, on ?? undefined);
  return (
    <dl
      aria-label={t('label')}
      className={`grid grid-cols-[auto_1fr] gap-x-3 ${compact ? 'gap-y-0.5 text-xs' : 'gap-y-1 text-sm'}`}
    >
      {order.map((d) => {
        const v = e[d];
        return (
          <div key={d} className="contents">
            <dt className="font-semibold text-muted">{d}</dt>
            <dd className="min-w-0">
              {'line' in v ? (
                <code data-dialect={d} className="command-wrap">
                  {v.line}
                </code>
              ) : (
                <span className="text-muted italic">{t('none', { why: (ja && v.ja) || v.none })}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
