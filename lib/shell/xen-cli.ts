import type { World } from '../sim/types';
import type { HostFs } from './host-fs';

/** How `xm` and `xl` are called: on one Xen host of the world, as root there. */
export interface XenCliInput {
  argv: string[];
  world: World;
  host: string;
  fs: HostFs;
  now: number;
  background?: boolean;
}
export interface XenCliOutput {
  stdout: string;
  stderr: string;
  status: number;
  world: World;
}
