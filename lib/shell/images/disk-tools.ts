import type { World } from '../../sim/types';
import type { HostFs } from '../host-fs';
import { virtClone } from '../virt-clone/main';
import { virtInstall } from '../virt-install/main';
import { QEMU_IMG_HELP, VIRT_CLONE_HELP, VIRT_INSTALL_HELP } from './help';
import { qemuImg } from './qemu-img';

/** The console's tools that make, copy and inspect guests and their disks. */
export const diskTools = ['qemu-img', 'virt-install', 'virt-clone'] as const;

export interface DiskToolCtx {
  world: World;
  host: string;
  fs: HostFs;
  now?: number;
}
export type DiskToolOut = { stdout: string; stderr: string; status: number; world?: World };

export function diskTool(tool: string, argv: string[], ctx: DiskToolCtx): DiskToolOut {
  const now = ctx.now ?? 0;
  if (argv.includes('--help') || argv.includes('-h')) {
    const help = { 'qemu-img': QEMU_IMG_HELP, 'virt-install': VIRT_INSTALL_HELP, 'virt-clone': VIRT_CLONE_HELP }[tool];
    if (help) return { stdout: help, stderr: '', status: 0 };
  }
  if (tool === 'virt-install') return virtInstall(argv, { ...ctx, now });
  if (tool === 'virt-clone') return virtClone(argv, { ...ctx, now });
  return qemuImg(argv, { fs: ctx.fs, now });
}
