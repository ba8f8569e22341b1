import { virshHelpCommands, virshHelpGroups } from './help-data.gen';

/** `virsh --help` (virshUsage): the options, then every group's commands, as virsh 9.0 prints them. */
export function virshUsage(): string {
  const summary = new Map(virshHelpCommands.map((c) => [c.name, c.summary]));
  let out =
    '\nvirsh [options]... [<command_string>]\nvirsh [options]... <command> [args...]\n\n  options:\n' +
    '    -c | --connect=URI      hypervisor connection URI\n' +
    '    -d | --debug=NUM        debug level [0-4]\n' +
    '    -e | --escape <char>    set escape sequence for console\n' +
    '    -h | --help             this help\n' +
    '    -k | --keepalive-interval=NUM\n                            keepalive interval in seconds, 0 for disable\n' +
    '    -K | --keepalive-count=NUM\n                            number of possible missed keepalive messages\n' +
    '    -l | --log=FILE         output logging to file\n' +
    '    -q | --quiet            quiet mode\n' +
    '    -r | --readonly         connect readonly\n' +
    '    -t | --timing           print timing information\n' +
    '    -v                      short version\n' +
    '    -V                      long version\n' +
    '         --version[=TYPE]   version, TYPE is short or long (default short)\n' +
    '  commands (non interactive mode):\n\n';
  for (const g of virshHelpGroups) {
    out += ` ${g.name} (help keyword '${g.keyword}')\n`;
    out += g.commands.map((n) => `    ${n.padEnd(30)} ${summary.get(n)}\n`).join('');
    out += '\n';
  }
  return `${out}\n  (specify help <group> for details about the commands in the group)\n\n  (specify help <command> for details about the command)\n\n`;
}

/** `virsh -V` / `--version=long` (virshShowVersion) as the Debian build of 9.0.0 prints it. */
export const virshLongVersion =
  'Virsh command line tool of libvirt 9.0.0\nSee web site at https://libvirt.org/\n\n' +
  'Compiled with support for:\n' +
  ' Hypervisors: QEMU/KVM LXC LibXL OpenVZ VMware VirtualBox ESX Test\n' +
  ' Networking: Remote Network Bridging Interface udev Nwfilter\n' +
  ' Storage: Dir Disk Filesystem SCSI Multipath iSCSI iSCSI-direct LVM RBD Gluster ZFS\n' +
  ' Miscellaneous: Daemon Nodedev AppArmor SELinux Secrets Debug DTrace Readline\n';
