import type { XenDomain } from './view';

/**
 * `xl shutdown -w` / `xm shutdown -w` on a guest that will not go down (paused, an HVM guest
 * without ACPI that heard nothing, or one `xl reboot -F` reset in place, which raises no shutdown
 * event) waits for ever on a real host; the lab's console cannot block, so it says so in one line
 * of its own.
 */
export function neverDone(tool: 'xl' | 'xm', name: string, domains: XenDomain[], reset = false): string {
  const paused = domains.find((x) => x.name === name)?.state === 'paused';
  const why = paused
    ? `${name} is paused and acts on the request only once unpaused`
    : reset
      ? `${name} was reset in place, which raises no shutdown event`
      : `${name} ignores the request (no ACPI, no PV drivers)`;
  return `virtlab: ${tool} would wait here until Ctrl+C: ${why}\n`;
}
