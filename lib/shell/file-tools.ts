import type { World } from '../sim/types';
import { errnoText, type HostFs } from './host-fs';
import { splitArgs } from './tool-io';
import { AUTO_DIR, syncXenAutostart } from './xen/autostart';

/**
 * `ln` and `rm` on a host's files, enough for Xen's autostart convention: linking
 * /etc/xen/<dom>.cfg into /etc/xen/auto/ makes xendomains start the domain at boot, removing the
 * link stops that. A symbolic link is stored as "-> TARGET". Messages are GNU coreutils'.
 */
export interface FileToolCtx {
  world: World;
  host: string;
  fs: HostFs;
  now: number;
}
export type FileToolOut = { stdout: string; stderr: string; status: number; world?: World };

const isDir = (fs: HostFs, p: string) => fs.isDir(p);
const base = (p: string) => p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);

/** The world with each Xen domain's autostart following its /etc/xen/auto link. */
function synced(ctx: FileToolCtx): World {
  const links = new Set(ctx.fs.list(AUTO_DIR).filter((p) => !p.endsWith('/')));
  return syncXenAutostart(ctx.world, ctx.host, Object.fromEntries([...links].map((l) => [l, ''])), ctx.now);
}

function ln(argv: string[], ctx: FileToolCtx): FileToolOut {
  // GNU getopt's way (tool-io): `--` ends the options, so `ln -s -- t -x` names a link "-x".
  const { flags, operands: words } = splitArgs(argv);
  const symbolic = flags.has('s') || flags.has('symbolic');
  const force = flags.has('f') || flags.has('force');
  if (!words.length)
    return { stdout: '', stderr: "ln: missing file operand\nTry 'ln --help' for more information.\n", status: 1 };
  if (words.length > 2)
    return { stdout: '', stderr: `ln: target '${words[words.length - 1]}' is not a directory\n`, status: 1 };
  const [target, name = '.'] = words;
  let link = ctx.fs.resolve(name);
  if (name.endsWith('/') || isDir(ctx.fs, link)) link = `${link === '/' ? '' : link}/${base(target)}`;
  const kind = symbolic ? 'symbolic link' : 'hard link';
  let data = `-> ${target}`;
  if (!symbolic) {
    const src = ctx.fs.read(ctx.fs.resolve(target));
    if (!src.ok)
      return { stdout: '', stderr: `ln: failed to access '${target}': ${errnoText[src.errno]}\n`, status: 1 };
    data = src.data;
  }
  if (ctx.fs.read(link).ok && !force)
    return { stdout: '', stderr: `ln: failed to create ${kind} '${link}': File exists\n`, status: 1 };
  const w = ctx.fs.write(link, data);
  if (!w.ok)
    return { stdout: '', stderr: `ln: failed to create ${kind} '${link}': ${errnoText[w.errno]}\n`, status: 1 };
  return { stdout: '', stderr: '', status: 0, world: synced(ctx) };
}

function rm(argv: string[], ctx: FileToolCtx): FileToolOut {
  // `rm -- -x` removes a file named "-x", as GNU getopt reads it (tool-io).
  const { flags, operands: files } = splitArgs(argv);
  const force = flags.has('f') || flags.has('force');
  const recursive = flags.has('r') || flags.has('R') || flags.has('recursive');
  if (!files.length)
    return {
      stdout: '',
      stderr: force ? '' : "rm: missing operand\nTry 'rm --help' for more information.\n",
      status: force ? 0 : 1,
    };
  let stderr = '';
  for (const f of files) {
    const p = ctx.fs.resolve(f);
    if (isDir(ctx.fs, p) && !ctx.fs.read(p).ok) {
      if (!recursive) {
        stderr += `rm: cannot remove '${f}': Is a directory\n`;
        continue;
      }
      for (const child of ctx.fs.list(p)) if (!child.endsWith('/')) ctx.fs.remove(child);
      continue;
    }
    const r = ctx.fs.remove(p);
    if (!r.ok && !(force && r.errno === 'ENOENT')) stderr += `rm: cannot remove '${f}': ${errnoText[r.errno]}\n`;
  }
  return { stdout: '', stderr, status: stderr ? 1 : 0, world: synced(ctx) };
}

export function fileTool(tool: 'ln' | 'rm', argv: string[], ctx: FileToolCtx): FileToolOut {
  return tool === 'ln' ? ln(argv, ctx) : rm(argv, ctx);
}
