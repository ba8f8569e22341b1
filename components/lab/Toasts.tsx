'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { Transcript } from '@/lib/api/contract';

/**
 * Toasts are for failures, never part of showing a page, so sonner loads after the page: when the
 * browser is first idle, or at the first failure if that comes sooner. A toast waits until the
 * Toaster is mounted (sonner drops toasts that arrive before it listens).
 */
const Toaster = lazy(() => import('./SonnerToaster'));

let mounted!: () => void;
const listening = new Promise<void>((resolve) => {
  mounted = resolve;
});
let mountNow: (() => void) | null = null;

/** A failure; `stays` keeps it until the learner closes it (something that stays true for the page's life). */
export function toastError(title: string, description: string, stays = false) {
  mountNow?.();
  void Promise.all([import('sonner'), listening]).then(([{ toast }]) =>
    toast.error(title, { description, ...(stays && { duration: Number.POSITIVE_INFINITY }) }),
  );
}

/** A confirmation that something the learner asked for is done (an imported lab). */
export function toastSuccess(title: string) {
  mountNow?.();
  void Promise.all([import('sonner'), listening]).then(([{ toast }]) => toast.success(title));
}

/**
 * A command run away from its echo panel (an overview row's menu): the line and the tool's answer,
 * where the eye is. A failure is an error toast with the same transcript.
 */
export function toastCommand(transcript: Transcript) {
  mountNow?.();
  // The echo's code comes with the toast's, not with the page (docs/decisions/081-…).
  void Promise.all([import('sonner'), import('@/components/actions/CommandEcho'), listening]).then(
    ([{ toast }, { CommandEcho }]) => {
      // A terminal's colours, as in LAST COMMAND and the console: the prompt and errors read as they do there.
      const echo = (
        <div className="rounded bg-term-bg p-2 text-term-fg">
          <CommandEcho transcript={transcript} label={transcript.line} />
        </div>
      );
      if (transcript.status === 0) toast.success(echo, { duration: 8000 });
      else toast.error(echo, { duration: 12000 });
    },
  );
}

export function Toasts() {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const mount = (mountNow = () => setShow(true));
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(mount, 1000);
      return () => {
        mountNow = null;
        clearTimeout(t);
      };
    }
    const idle = requestIdleCallback(mount, { timeout: 3000 });
    return () => {
      mountNow = null;
      cancelIdleCallback(idle);
    };
  }, []);
  return show ? (
    <Suspense>
      <Toaster onMount={mounted} />
    </Suspense>
  ) : null;
}
