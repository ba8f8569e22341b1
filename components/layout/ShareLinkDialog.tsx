'use client';

import { Dialog } from 'radix-ui';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { shareFragment } from '@/lib/api/lab-file';
import { localePath } from '@/i18n/routing';
import { paths } from '@/lib/routes';
import { Button } from '@/components/ui/Button';

type Link = { state: 'making' } | { state: 'ready'; url: string } | { state: 'too-large' } | { state: 'failed' };

/** "Share link…": the lab as it is now, inside a link (or, when too large, the advice to send the file). */
export function ShareLinkDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const t = useTranslations('share');
  const locale = useLocale();
  const [link, setLink] = useState<Link>({ state: 'making' });
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!open) return;
    setLink({ state: 'making' });
    setCopied(false);
    shareFragment().then(
      (f) =>
        setLink(
          f
            ? { state: 'ready', url: `${location.origin}${localePath(locale, paths.openLab(f))}` }
            : { state: 'too-large' },
        ),
      () => setLink({ state: 'failed' }),
    );
  }, [open, locale]);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-line bg-panel p-5 text-fg shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-muted">{t('description')}</Dialog.Description>
          {link.state === 'ready' && (
            <label className="mt-4 block text-sm">
              {t('label')}
              <input
                readOnly
                value={link.url}
                className="mt-1 w-full rounded border border-line bg-sunken px-2 py-1 font-mono text-xs"
                onFocus={(e) => e.target.select()}
              />
            </label>
          )}
          <p role="status" className="mt-3 text-sm">
            {link.state === 'making'
              ? t('making')
              : link.state === 'too-large'
                ? t('tooLarge')
                : link.state === 'failed'
                  ? t('failed')
                  : copied
                    ? t('copied')
                    : ''}
          </p>
          <div className="mt-4 flex justify-end gap-2">
            {link.state === 'ready' && (
              <Button
                variant="primary"
                onClick={() =>
                  void navigator.clipboard.writeText(link.url).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
                }
              >
                {t('copy')}
              </Button>
            )}
            <Dialog.Close asChild>
              <Button>{t('close')}</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
