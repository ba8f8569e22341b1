import { readInitFile } from './virsh/readline/inputrc';

/**
 * The editing mode a new bash on a lab host starts in. bash's readline reads its init file before the
 * first prompt, as virsh's does (rl_read_init_file): root's login shell has no INPUTRC, so
 * `/root/.inputrc`, and without it Debian's /etc/inputrc, which sets no mode (emacs). readline's name
 * in bash is `Bash`, so `$if Bash` holds there and `$if virsh` does not; `$include` reads the host's files.
 */
export function loginEditingMode(files: Readonly<Record<string, string>>): 'vi' | 'emacs' {
  const user = files['/root/.inputrc'];
  if (user === undefined) return 'emacs';
  const include = (file: string) => files[file.replace(/^~(?=\/|$)/, '/root').replace(/^(?!\/)/, '/root/')];
  return readInitFile(user, '~/.inputrc', include, 'Bash').mode;
}
