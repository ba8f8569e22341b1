'use client';

import { useTranslations } from 'next-intl';
import { forwardRef } from 'react';
import { labFileProblem, useImportLab } from '@/lib/api/lab-file';
import { toastError, toastSuccess } from '@/components/lab/Toasts';
import { useLabFileError } from '@/components/lab/use-lab-file-error';

/** The file picker behind "Import lab file…": the file replaces the lab, or a toast says why it did not. */
export const ImportLabInput = forwardRef<HTMLInputElement>(function ImportLabInput(_, ref) {
  const t = useTranslations('labFile');
  const problemText = useLabFileError();
  const importLab = useImportLab();
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      // Opened by the menu item only: not a second control in the page.
      hidden
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (!file) return;
        importLab.mutate(file, {
          onSuccess: () => toastSuccess(t('imported')),
          onError: (err) => toastError(t('notImported'), problemText(labFileProblem(err), err)),
        });
      }}
    />
  );
});
