import { internalError, ok, operationInvalid, type Result } from '../result';
import { keycodeRanges } from '../keycodes.gen';
import { SCREENSHOT_MIME, SCREENSHOT_PNG } from '../screenshot';
import { isActive } from '../states';
import { domainOf, type OpContext } from './context';

/** Whether `code` lies in a codeset's table ("0-83,85-89"). */
export function keycodeKnown(codeset: string, code: number): boolean {
  return (keycodeRanges[codeset] ?? '').split(',').some((r) => {
    const [lo, hi = lo] = r.split('-').map(Number);
    return code >= lo && code <= hi;
  });
}

/**
 * testDomainSendKey: the guest must be running (or paused), and every code must be one its
 * codeset knows. Nothing changes: the test driver has no guest to type into.
 */
export function domainSendKey(ctx: OpContext, uuid: string, codeset: string, codes: readonly number[]): Result<true> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (!isActive(found.value.state)) return operationInvalid('domain is not running');
  const bad = codes.find((k) => !keycodeKnown(codeset, k));
  return bad === undefined ? ok(true) : internalError(`invalid keycode ${bad} of ${codeset} codeset`);
}

/** testDomainScreenshot: any domain, any screen, always the same picture (see ../screenshot.ts). */
export function domainScreenshot(ctx: OpContext, uuid: string): Result<{ mime: string; data: string }> {
  const found = domainOf(ctx, uuid);
  return found.ok ? ok({ mime: SCREENSHOT_MIME, data: SCREENSHOT_PNG }) : found;
}
