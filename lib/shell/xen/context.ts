import type { OpContext, OpOutcome } from '../../sim/ops/context';
import type { Result } from '../../sim/result';
import type { Host, World } from '../../sim/types';
import { advanceJobs } from '../../sim/ops/migrate/advance';
import { domainName, findHost } from '../../sim/world';
import type { HostFs } from '../host-fs';

/** What xm and xl commands share: the host they run on (as root), the world they change, their output. */
export abstract class XenToolCtx {
  out = '';
  err = '';
  constructor(
    public world: World,
    readonly hostName: string,
    readonly fs: HostFs,
    public now: number,
    readonly cmd: string,
  ) {}

  host(): Host {
    return findHost(this.world, this.hostName)!;
  }
  op(): OpContext {
    return { world: this.world, host: this.hostName, now: this.now };
  }
  print(text: string) {
    this.out += text;
  }
  /**
   * Blocks until these guests have acted on their shutdown or reboot requests (xl/xm -w): the
   * world moves on to the last one's time. Returns the guests that would keep the tool waiting
   * for ever — paused, or deaf to the request (an HVM guest without ACPI).
   */
  waitForGuests(uuids: string[]): string[] {
    const mine = this.host().domains.filter((d) => uuids.includes(d.uuid));
    const stuck = mine.filter((d) => !d.guestRequest || d.state !== 'running').map((d) => domainName(d));
    const due = mine.flatMap((d) => (d.guestRequest && d.state === 'running' ? [d.guestRequest.dueAt] : []));
    if (due.length) this.world = advanceJobs(this.world, Math.max(...due)).world;
    return stuck;
  }
  /** Applies a simulator result; the caller words a failure the way its tool does. */
  apply<T extends OpOutcome>(r: Result<T>): T | undefined {
    if (!r.ok) {
      if (r.world) this.world = r.world;
      return undefined;
    }
    this.world = r.value.world;
    return r.value;
  }
}
