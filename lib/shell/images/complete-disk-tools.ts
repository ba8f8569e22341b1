import { OS_TABLE } from '../virt-install/osinfo';
import { QEMU_IMG_HELP, VIRT_CLONE_HELP, VIRT_INSTALL_HELP } from './help';

/** Tab for qemu-img, virt-install and virt-clone: subcommands and options from their help, then domains, OS names or files. */
export interface DiskToolCompletionCtx {
  domains: readonly string[];
  files: readonly string[];
}

/** Long options on the help's option lines ("  -n NAME, --name NAME  …"). */
const optionsOf = (help: string) => [
  ...new Set(help.split('\n').flatMap((l) => (/^ {2}-/.test(l) ? (l.match(/--[a-z][a-z-]*/g) ?? []) : []))),
];
const QEMU_IMG_SYNTAX = Object.fromEntries(
  QEMU_IMG_HELP.split('\n')
    .filter((l) => /^ {2}[a-z]+ \[/.test(l))
    .map((l) => [l.trim().split(' ')[0], [...new Set(l.match(/(?<=\[)-{1,2}[a-zA-Z][a-z-]*/g) ?? [])]]),
);

export function diskToolCandidates(
  tool: string,
  args: string[],
  current: string,
  ctx: DiskToolCompletionCtx,
): string[] | null {
  if (tool === 'qemu-img') {
    if (args.length === 0) return current.startsWith('-') ? ['--help', '--version'] : Object.keys(QEMU_IMG_SYNTAX);
    if (current.startsWith('-')) return QEMU_IMG_SYNTAX[args[0]] ?? [];
    return args.at(-1) === '-f' || args.at(-1) === '-O' || args.at(-1) === '-F' ? ['qcow2', 'raw'] : [...ctx.files];
  }
  if (tool !== 'virt-install' && tool !== 'virt-clone') return null;
  if (current.startsWith('-')) return optionsOf(tool === 'virt-install' ? VIRT_INSTALL_HELP : VIRT_CLONE_HELP);
  const prev = args.at(-1);
  if (prev === '--original' || prev === '-o') return [...ctx.domains];
  if (prev === '--os-variant' || prev === '--osinfo') return [...OS_TABLE.map((o) => o.name), 'generic'];
  if (prev === '--graphics') return ['none', 'spice', 'vnc'];
  return [...ctx.files];
}
