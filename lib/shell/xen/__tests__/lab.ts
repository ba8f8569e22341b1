import { runConsoleLine } from '../../console';
import { advanceJobs } from '../../../sim/ops/migrate/advance';
import type { Domain, Host, World, XendConfig } from '../../../sim/types';
import { domainName, findHost } from '../../../sim/world';
import { bootedAnHourAgo } from '../../../sim/worlds/builders';
import { labWorld } from '../../../sim/worlds/lab';

/** Test clock: the lab's running guests booted one hour before NOW. */
export const NOW = 1_700_000_000_000;

export const lab = (): World => bootedAnHourAgo(labWorld(), NOW);

/** The lab with one host changed. */
export function withHost(world: World, name: string, fn: (h: Host) => Host): World {
  return { ...world, hosts: world.hosts.map((h) => (h.name === name ? fn(h) : h)) };
}
export const withXend = (world: World, name: string, over: Partial<XendConfig>) =>
  withHost(world, name, (h) => ({ ...h, xen: { ...h.xen!, xend: { ...h.xen!.xend, ...over } } }));

export interface Run {
  out: string;
  err: string;
  status: number;
}

/** A console on one host: each line runs against the world the previous one left. */
export class Console {
  constructor(
    public world: World = lab(),
    public host = 'xen1',
    public now = NOW,
  ) {}
  run(line: string): Run {
    const r = runConsoleLine({ world: this.world, host: this.host, line, now: this.now });
    this.world = r.world;
    return { out: r.stdout, err: r.stderr, status: r.status };
  }
  /** Lets simulated time pass: a guest answers a shutdown or reboot a few seconds after the request. */
  wait(seconds: number): this {
    this.now += seconds * 1000;
    this.world = advanceJobs(this.world, this.now).world;
    return this;
  }
  domain(name: string, host = this.host): Domain | undefined {
    return findHost(this.world, host)!.domains.find((d) => domainName(d) === name);
  }
  file(path: string, host = this.host): string | undefined {
    return findHost(this.world, host)!.files[path];
  }
}
