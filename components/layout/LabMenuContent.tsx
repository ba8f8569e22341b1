'use client';

import { DropdownMenu } from 'radix-ui';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useLabSettings, useResetLab, useSetLatency } from '@/lib/api/lab';
import { exportLab } from '@/lib/api/lab-file';
import { downloadText } from '@/lib/browser/download';
import { toastError } from '@/components/lab/Toasts';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { labMenuTrigger } from '@/components/ui/menu-triggers';
import { ImportLabInput } from './ImportLabInput';
import { ShareLinkDialog } from './ShareLinkDialog';

const LATENCIES = [0, 150, 500, 1500];
const item =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-sunken';
const label = 'px-2 py-1 text-xs text-muted';

/** The Lab menu itself, loaded and mounted open the first time its button is pressed (LabMenu). */
export default function LabMenuContent() {
  const t = useTranslations('labMenu');
  const settings = useLabSettings();
  const setLatency = useSetLatency();
  const reset = useResetLab();
  const [confirming, setConfirming] = useState(false);
  const [sharing, setSharing] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const exportNow = () =>
    exportLab().then(
      (f) => downloadText(f.text, f.name),
      (e: Error) => toastError(t('exportFailed'), e.message),
    );
  return (
    <>
      <DropdownMenu.Root modal={false} defaultOpen>
        <DropdownMenu.Trigger className={labMenuTrigger}>{t('trigger')}</DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            className="z-50 min-w-56 rounded-md border border-line bg-panel p-1 text-fg shadow-lg"
          >
            <DropdownMenu.Label className={label}>{t('latency')}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup
              value={String(settings.data?.latencyMs ?? '')}
              onValueChange={(v) => setLatency.mutate(Number(v))}
            >
              {LATENCIES.map((ms) => (
                <DropdownMenu.RadioItem key={ms} value={String(ms)} className={item}>
                  {/* The dot only shows aria-checked: not part of the item's name ("● 500 ms"). */}
                  <span className="w-3" aria-hidden="true">
                    <DropdownMenu.ItemIndicator>●</DropdownMenu.ItemIndicator>
                  </span>
                  {ms === 0 ? t('latencyNone') : t('latencyMs', { ms })}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            <DropdownMenu.Label className={label}>{t('shareLabel')}</DropdownMenu.Label>
            <DropdownMenu.Item className={item} onSelect={() => void exportNow()}>
              {t('export')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className={item} onSelect={() => picker.current?.click()}>
              {t('import')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className={item} onSelect={() => setSharing(true)}>
              {t('share')}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            <DropdownMenu.Item className={`${item} text-danger`} onSelect={() => setConfirming(true)}>
              {t('reset')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ImportLabInput ref={picker} />
      <ShareLinkDialog open={sharing} onOpenChange={setSharing} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('resetTitle')}
        description={t('resetDescription')}
        confirmLabel={t('resetConfirm')}
        pending={reset.isPending}
        onConfirm={() => reset.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </>
  );
}
