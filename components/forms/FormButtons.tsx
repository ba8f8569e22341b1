'use client';

import { Dialog } from 'radix-ui';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { HintButton } from '@/components/ui/HintButton';

/** Cancel, and the action's own submit button (disabled with the reason while the form cannot run). */
export function FormButtons({
  submitLabel,
  pending,
  disabledWhy,
  onSubmit,
}: {
  submitLabel: string;
  pending: boolean;
  disabledWhy: string | undefined;
  onSubmit: () => void;
}) {
  const t = useTranslations('forms');
  return (
    <div className="flex justify-end gap-2">
      <Dialog.Close asChild>
        <Button>{t('cancel')}</Button>
      </Dialog.Close>
      <HintButton
        type="submit"
        variant="primary"
        pending={pending}
        disabledWhy={disabledWhy}
        onClick={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {submitLabel}
      </HintButton>
    </div>
  );
}
