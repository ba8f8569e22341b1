/**
 * bash's prompt for root on a lab host. The lab's hosts are Debian (kernel 6.1.0-13-amd64 on the
 * KVM hosts, 3.16.0-4-amd64 on the Xen ones, `en_US.UTF-8` in /etc/default/locale), whose
 * /etc/bash.bashrc and root's .bashrc set `PS1='${debian_chroot:+($debian_chroot)}\u@\h:\w\$ '`:
 * `root@kvm1:~#`, not RHEL's `[root@kvm1 ~]#`. The console, the drill and the handouts all print
 * it (docs/decisions/069-one-prompt-and-the-drills-landing.md).
 */
export function bashPrompt(host: string, cwd = '/root'): string {
  // \w: the working directory with $HOME shown as ~.
  const w = cwd === '/root' ? '~' : cwd.startsWith('/root/') ? `~${cwd.slice(5)}` : cwd;
  return `root@${host}:${w}#`;
}

/** A line as typed at `host`'s console, after its prompt (root's home directory). */
export const typedAt = (host: string, line: string) => `${bashPrompt(host)} ${line}`;
