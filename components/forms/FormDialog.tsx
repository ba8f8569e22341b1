'use client';

import { Dialog } from 'radix-ui';
import { useTranslations } from 'next-intl';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { untyped } from '@/lib/actions/form';
import { VirshError } from '@/components/actions/VirshError';
import { CommandBox } from './CommandBox';
import { FormButtons } from './FormButtons';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The virsh words the form would run now; null while the form is incomplete. */
  argv: string[] | null;
  /** Why the form cannot be sent as it is. */
  problem?: string | null;
  /** libvirt's answer when the command was sent and refused. */
  failure?: string | null;
  pending: boolean;
  /** The submit button's message key (the action table's `submit`). */
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
  /** A form with two columns of fields (the migrate dialog). */
  wide?: boolean;
  /** The form shows the equivalent commands itself, where they stay in view. */
  hideCommands?: boolean;
}

/** A form for one command: its fields, the command in three dialects as it changes, and Run. */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  argv,
  problem,
  failure,
  pending,
  submitLabel,
  onSubmit,
  children,
  wide,
  hideCommands,
}: Props) {
  const t = useTranslations('forms');
  const words = untyped(useTranslations());
  const opener = useRef<HTMLElement | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem && argv) onSubmit();
  };
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        if (o) opener.current = document.activeElement as HTMLElement;
        onOpenChange(o);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          onOpenAutoFocus={() => {
            opener.current ??= document.activeElement as HTMLElement;
          }}
          onCloseAutoFocus={(e) => {
            if (opener.current) {
              e.preventDefault();
              opener.current.focus();
            }
            opener.current = null;
          }}
          className={`fixed left-1/2 top-1/2 z-50 max-h-[90vh] ${wide ? 'w-[min(60rem,96vw)]' : 'w-[min(36rem,94vw)]'} -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border border-line bg-panel p-5 text-fg shadow-xl`}
        >
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted">{description}</Dialog.Description>
          <form onSubmit={submit} className="mt-4 flex flex-col gap-4">
            {children}
            {!hideCommands && <CommandBox argv={argv} />}
            {problem && (
              <p role="alert" className="text-sm text-danger">
                {problem}
              </p>
            )}
            {failure && !problem && (
              <p role="alert" className="text-sm text-danger">
                <VirshError message={failure} />
              </p>
            )}
            <FormButtons
              submitLabel={words(submitLabel)}
              pending={pending}
              disabledWhy={problem ?? (argv ? undefined : t('incomplete'))}
              onSubmit={() => {
                if (!problem && argv) onSubmit();
              }}
            />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
