import type { XenDomain } from './view';

/**
 * `xl shutdown -w` / `xm shutdown -w` on a guest that will not go down (paused, or an HVM guest
 * without ACPI that heard nothing) waits for ever on a real host; the lab's console cannot block,
 * so it says so in one line of its own.
 */
export function neverDone(tool: 'xl' | 'xm', name: string, domains: XenDomain[]): string {
  const paused = domains.find((x) => x.name === name)?.state === 'paused';
  const why = paused
    ? `${name} is paused and acts on the request only once unpaused`
    : `${name} ignores the request (no ACPI, no PV drivers)`;
  return `virtlab: ${tool} would wait here until Ctrl+C: ${why}\n`;
}
