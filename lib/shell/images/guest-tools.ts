import type { World } from '../../sim/types';
import type { HostFs } from '../host-fs';
import { isActive } from '../../sim/states';
import { findHost } from '../../sim/world';
import { virtClone } from '../virt-clone/main';
import { virtInstall } from '../virt-install/main';
import { QEMU_IMG_HELP, VIRT_CLONE_HELP, VIRT_INSTALL_HELP } from './help';
import { qemuImg } from './qemu-img';
import { xentop } from '../xen/xentop';

/** The console's tools that make, copy and inspect guests and their disks, and xentop. */
export const guestTools = ['qemu-img', 'virt-install', 'virt-clone', 'xentop'] as const;

export interface GuestToolCtx {
  world: World;
  host: string;
  fs: HostFs;
  now?: number;
}
export type GuestToolOut = { stdout: string; stderr: string; status: number; world?: World };

export function guestTool(tool: string, argv: string[], ctx: GuestToolCtx): GuestToolOut {
  const now = ctx.now ?? 0;
  if (argv.includes('--help') || argv.includes('-h')) {
    const help = { 'qemu-img': QEMU_IMG_HELP, 'virt-install': VIRT_INSTALL_HELP, 'virt-clone': VIRT_CLONE_HELP }[tool];
    if (help) return { stdout: help, stderr: '', status: 0 };
  }
  if (tool === 'virt-install') return virtInstall(argv, { ...ctx, now });
  if (tool === 'virt-clone') return virtClone(argv, { ...ctx, now });
  if (tool === 'xentop') {
    const host = findHost(ctx.world, ctx.host)!;
    // xentop comes with the Xen tools: a KVM host has no such command.
    if (!host.xen) return { stdout: '', stderr: '-bash: xentop: command not found\n', status: 127 };
    return xentop(argv, host, now);
  }
  const host = findHost(ctx.world, ctx.host)!;
  // A running (or paused) QEMU guest's process holds its disks open with a write lock.
  const locked = (path: string) =>
    host.driver === 'qemu' &&
    host.domains.some((d) => isActive(d.state) && d.live?.disks.some((k) => k.source === path));
  return qemuImg(argv, { fs: ctx.fs, now, locked });
}
