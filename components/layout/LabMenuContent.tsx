'use client';

import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useLabSettings, useResetLab, useSetLatency } from '@/lib/api/lab';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { labMenuTrigger } from '@/components/ui/menu-triggers';

const LATENCIES = [0, 150, 500, 1500];
const item =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-sunken';

/** The Lab menu itself, loaded and mounted open the first time its button is pressed (LabMenu). */
export default function LabMenuContent() {
  const settings = useLabSettings();
  const setLatency = useSetLatency();
  const reset = useResetLab();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <DropdownMenu.Root modal={false} defaultOpen>
        <DropdownMenu.Trigger className={labMenuTrigger}>Lab</DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            className="z-50 min-w-56 rounded-md border border-line bg-panel p-1 text-fg shadow-lg"
          >
            <DropdownMenu.Label className="px-2 py-1 text-xs text-muted">Simulated latency</DropdownMenu.Label>
            <DropdownMenu.RadioGroup
              value={String(settings.data?.latencyMs ?? '')}
              onValueChange={(v) => setLatency.mutate(Number(v))}
            >
              {LATENCIES.map((ms) => (
                <DropdownMenu.RadioItem key={ms} value={String(ms)} className={item}>
                  <span className="w-3">
                    <DropdownMenu.ItemIndicator>●</DropdownMenu.ItemIndicator>
                  </span>
                  {ms === 0 ? 'None' : `${ms} ms`}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            <DropdownMenu.Item className={`${item} text-danger`} onSelect={() => setConfirming(true)}>
              Reset lab…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Reset the lab?"
        description="Every host goes back to the built-in lab: domains, save files and the command history are lost."
        confirmLabel="Reset lab"
        pending={reset.isPending}
        onConfirm={() => reset.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </>
  );
}
