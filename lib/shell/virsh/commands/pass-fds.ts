import type { CmdCtx } from '../context';

/** virStrToLong_i on a whole string: blanks before, a sign, decimal digits, an int's range. */
const isInt = (s: string) =>
  /^[ \t\n\v\f\r]*[+-]?\d+$/.test(s) && Math.abs(Number(s)) <= 2 ** 31 - (Number(s) < 0 ? 0 : 1);

/**
 * virshFetchPassFdsList: --pass-fds read quietly (given as "", it passes no descriptor at all),
 * split at commas, each part an int. How many descriptors go along, or undefined after virsh's error.
 */
export function passFdsCount(c: CmdCtx): number | undefined {
  const list = c.str('pass-fds');
  if (!list) return 0;
  const parts = list.split(',');
  const bad = parts.find((fd) => !isInt(fd));
  if (bad === undefined) return parts.length;
  c.error(`Unable to parse FD number '${bad}'`);
  return undefined;
}

/** libvirt.c's virCheckNonZeroArg on virDomainFDAssociate's count, before its read-only check. */
export function fdsToAssociate(c: CmdCtx): boolean {
  const n = passFdsCount(c);
  if (n === undefined) return false;
  if (n > 0) return true;
  c.libvirtError({ code: 'INVALID_ARG', message: 'nfds in virDomainFDAssociate must not be zero' });
  return false;
}
