import type { OpContext, OpOutcome } from '../../sim/ops/context';
import type { Result } from '../../sim/result';
import type { Host, World } from '../../sim/types';
import { findHost } from '../../sim/world';
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
  /** Applies a simulator result; the caller words a failure the way its tool does. */
  apply<T extends OpOutcome>(r: Result<T>): T | undefined {
    if (!r.ok) return undefined;
    this.world = r.value.world;
    return r.value;
  }
}
