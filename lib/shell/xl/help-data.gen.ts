// Generated from Xen 4.4.4 tools/libxl/xl_cmdtable.c (cmd_table): name, modifies, can_dryrun,
// description, usage and option help as xl prints them. xl's own words: do not edit by hand.
export interface XlCmdSpec { name: string; modifies: number; dryrun: number; desc: string; usage: string; options?: string }
export const xlCmdTable: readonly XlCmdSpec[] = [
 {
  "name": "create",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Create a domain from config file <filename>",
  "usage": "<ConfigFile> [options] [vars]",
  "options": "-h                      Print this help.\n-p                      Leave the domain paused after it is created.\n-c                      Connect to the console after the domain is created.\n-f FILE, --defconfig=FILE\n                     Use the given configuration file.\n-q, --quiet             Quiet.\n-n, --dryrun            Dry run - prints the resulting configuration\n                         (deprecated in favour of global -N option).\n-d                      Enable debug messages.\n-e                      Do not wait in the background for the death of the domain.\n-V, --vncviewer         Connect to the VNC display after the domain is created.\n-A, --vncviewer-autopass\n                        Pass VNC password to viewer via stdin."
 },
 {
  "name": "config-update",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Update a running domain's saved configuration, used when rebuilding the domain after reboot",
  "usage": "<Domain> <ConfigFile> [options] [vars]",
  "options": "-h                      Print this help.\n-f FILE, --defconfig=FILE\n                     Use the given configuration file.\n-d                      Enable debug messages.\n"
 },
 {
  "name": "list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List information about all/some domains",
  "usage": "[options] [Domain]\n",
  "options": "-l, --long              Output all VM details\n-v, --verbose           Prints out UUIDs and security context\n-Z, --context           Prints out security context\n-n, --numa              Prints out NUMA node affinity"
 },
 {
  "name": "destroy",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Terminate a domain immediately",
  "usage": "<Domain>"
 },
 {
  "name": "shutdown",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Issue a shutdown signal to a domain",
  "usage": "[options] <-a|Domain>",
  "options": "-a, --all               Shutdown all guest domains.\n-h                      Print this help.\n-F                      Fallback to ACPI power event for HVM guests with\n                        no PV drivers.\n-w, --wait              Wait for guest(s) to shutdown.\n"
 },
 {
  "name": "reboot",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Issue a reboot signal to a domain",
  "usage": "[options] <-a|Domain>",
  "options": "-a, --all               Shutdown all guest domains.\n-h                      Print this help.\n-F                      Fallback to ACPI reset event for HVM guests with\n                        no PV drivers.\n-w, --wait              Wait for guest(s) to reboot.\n"
 },
 {
  "name": "pci-attach",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Insert a new pass-through pci device",
  "usage": "<Domain> <BDF> [Virtual Slot]"
 },
 {
  "name": "pci-detach",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Remove a domain's pass-through pci device",
  "usage": "<Domain> <BDF>"
 },
 {
  "name": "pci-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List pass-through pci devices for a domain",
  "usage": "<Domain>"
 },
 {
  "name": "pci-assignable-add",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Make a device assignable for pci-passthru",
  "usage": "<BDF>",
  "options": "-h                      Print this help.\n"
 },
 {
  "name": "pci-assignable-remove",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Remove a device from being assignable",
  "usage": "[options] <BDF>",
  "options": "-h                      Print this help.\n-r                      Attempt to re-assign the device to the\n                        original driver"
 },
 {
  "name": "pci-assignable-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List all the assignable pci devices",
  "usage": ""
 },
 {
  "name": "pause",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Pause execution of a domain",
  "usage": "<Domain>"
 },
 {
  "name": "unpause",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Unpause a paused domain",
  "usage": "<Domain>"
 },
 {
  "name": "console",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Attach to domain's console",
  "usage": "[options] <Domain>\n-t <type>       console type, pv or serial\n-n <number>     console number"
 },
 {
  "name": "vncviewer",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Attach to domain's VNC server.",
  "usage": "[options] <Domain>\n--autopass               Pass VNC password to viewer via stdin and\n                         -autopass\n--vncviewer-autopass     (consistency alias for --autopass)"
 },
 {
  "name": "save",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Save a domain state to restore later",
  "usage": "[options] <Domain> <CheckpointFile> [<ConfigFile>]",
  "options": "-h  Print this help.\n-c  Leave domain running after creating the snapshot.\n-p  Leave domain paused after creating the snapshot."
 },
 {
  "name": "migrate",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Migrate a domain to another host",
  "usage": "[options] <Domain> <host>",
  "options": "-h              Print this help.\n-C <config>     Send <config> instead of config file from creation.\n-s <sshcommand> Use <sshcommand> instead of ssh.  String will be passed\n                to sh. If empty, run <host> instead of ssh <host> xl\n                migrate-receive [-d -e]\n-e              Do not wait in the background (on <host>) for the death\n                of the domain.\n--debug         Print huge (!) amount of debug during the migration process."
 },
 {
  "name": "restore",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Restore a domain from a saved state",
  "usage": "[options] [<ConfigFile>] <CheckpointFile>",
  "options": "-h                       Print this help.\n-p                       Do not unpause domain after restoring it.\n-e                       Do not wait in the background for the death of the domain.\n-d                       Enable debug messages.\n-V, --vncviewer          Connect to the VNC display after the domain is created.\n-A, --vncviewer-autopass Pass VNC password to viewer via stdin."
 },
 {
  "name": "migrate-receive",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Restore a domain from a saved state",
  "usage": "- for internal use only"
 },
 {
  "name": "dump-core",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Core dump a domain",
  "usage": "<Domain> <filename>"
 },
 {
  "name": "cd-insert",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Insert a cdrom into a guest's cd drive",
  "usage": "<Domain> <VirtualDevice> <path>"
 },
 {
  "name": "cd-eject",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Eject a cdrom from a guest's cd drive",
  "usage": "<Domain> <VirtualDevice>"
 },
 {
  "name": "mem-max",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Set the maximum amount reservation for a domain",
  "usage": "<Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>"
 },
 {
  "name": "mem-set",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Set the current memory usage for a domain",
  "usage": "<Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>"
 },
 {
  "name": "button-press",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Indicate an ACPI button press to the domain",
  "usage": "<Domain> <Button>",
  "options": "<Button> may be 'power' or 'sleep'."
 },
 {
  "name": "vcpu-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List the VCPUs for all/some domains",
  "usage": "[Domain, ...]"
 },
 {
  "name": "vcpu-pin",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Set which CPUs a VCPU can use",
  "usage": "<Domain> <VCPU|all> <CPUs|all>"
 },
 {
  "name": "vcpu-set",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Set the number of active VCPUs allowed for the domain",
  "usage": "[option] <Domain> <vCPUs>",
  "options": "-i, --ignore-host  Don't limit the vCPU based on the host CPU count"
 },
 {
  "name": "vm-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List guest domains, excluding dom0, stubdoms, etc.",
  "usage": ""
 },
 {
  "name": "info",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Get information about Xen host",
  "usage": "-n, --numa         List host NUMA topology information"
 },
 {
  "name": "sharing",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Get information about page sharing",
  "usage": "[Domain]"
 },
 {
  "name": "sched-credit",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Get/set credit scheduler parameters",
  "usage": "[-d <Domain> [-w[=WEIGHT]|-c[=CAP]]] [-s [-t TSLICE] [-r RATELIMIT]] [-p CPUPOOL]",
  "options": "-d DOMAIN, --domain=DOMAIN        Domain to modify\n-w WEIGHT, --weight=WEIGHT        Weight (int)\n-c CAP, --cap=CAP                 Cap (int)\n-s         --schedparam           Query / modify scheduler parameters\n-t TSLICE, --tslice_ms=TSLICE     Set the timeslice, in milliseconds\n-r RLIMIT, --ratelimit_us=RLIMIT  Set the scheduling rate limit, in microseconds\n-p CPUPOOL, --cpupool=CPUPOOL     Restrict output to CPUPOOL"
 },
 {
  "name": "sched-credit2",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Get/set credit2 scheduler parameters",
  "usage": "[-d <Domain> [-w[=WEIGHT]]] [-p CPUPOOL]",
  "options": "-d DOMAIN, --domain=DOMAIN     Domain to modify\n-w WEIGHT, --weight=WEIGHT     Weight (int)\n-p CPUPOOL, --cpupool=CPUPOOL  Restrict output to CPUPOOL"
 },
 {
  "name": "sched-sedf",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Get/set sedf scheduler parameters",
  "usage": "[options]",
  "options": "-d DOMAIN, --domain=DOMAIN     Domain to modify\n-p MS, --period=MS             Relative deadline(ms)\n-s MS, --slice=MS              Worst-case execution time(ms).\n                               (slice < period)\n-l MS, --latency=MS            Scaled period (ms) when domain\n                               performs heavy I/O\n-e FLAG, --extra=FLAG          Flag (0 or 1) controls if domain\n                               can run in extra time\n-w FLOAT, --weight=FLOAT       CPU Period/slice (do not set with\n                               --period/--slice)\n-c CPUPOOL, --cpupool=CPUPOOL  Restrict output to CPUPOOL"
 },
 {
  "name": "domid",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Convert a domain name to domain id",
  "usage": "<DomainName>"
 },
 {
  "name": "domname",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Convert a domain id to domain name",
  "usage": "<DomainId>"
 },
 {
  "name": "rename",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Rename a domain",
  "usage": "<Domain> <NewDomainName>"
 },
 {
  "name": "trigger",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Send a trigger to a domain",
  "usage": "<Domain> <nmi|reset|init|power|sleep|s3resume> [<VCPU>]"
 },
 {
  "name": "sysrq",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Send a sysrq to a domain",
  "usage": "<Domain> <letter>"
 },
 {
  "name": "debug-keys",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Send debug keys to Xen",
  "usage": "<Keys>"
 },
 {
  "name": "dmesg",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Read and/or clear dmesg buffer",
  "usage": "[-c]",
  "options": "  -c                        Clear dmesg buffer as well as printing it"
 },
 {
  "name": "top",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Monitor a host and the domains in real time",
  "usage": ""
 },
 {
  "name": "network-attach",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Create a new virtual network device",
  "usage": "<Domain> [type=<type>] [mac=<mac>] [bridge=<bridge>] [ip=<ip>] [script=<script>] [backend=<BackDomain>] [vifname=<name>] [rate=<rate>] [model=<model>] [accel=<accel>]"
 },
 {
  "name": "network-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List virtual network interfaces for a domain",
  "usage": "<Domain(s)>"
 },
 {
  "name": "network-detach",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Destroy a domain's virtual network device",
  "usage": "<Domain> <DevId|mac>"
 },
 {
  "name": "block-attach",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Create a new virtual block device",
  "usage": "<Domain> <disk-spec-component(s)>..."
 },
 {
  "name": "block-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List virtual block devices for a domain",
  "usage": "<Domain(s)>"
 },
 {
  "name": "block-detach",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Destroy a domain's virtual block device",
  "usage": "<Domain> <DevId>"
 },
 {
  "name": "vtpm-attach",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Create a new virtual TPM device",
  "usage": "<Domain> [uuid=<uuid>] [backend=<BackDomain>]"
 },
 {
  "name": "vtpm-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List virtual TPM devices for a domain",
  "usage": "<Domain(s)>"
 },
 {
  "name": "vtpm-detach",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Destroy a domain's virtual TPM device",
  "usage": "<Domain> <DevId|uuid>"
 },
 {
  "name": "uptime",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Print uptime for all/some domains",
  "usage": "[-s] [Domain]"
 },
 {
  "name": "claims",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List outstanding claim information about all domains",
  "usage": "",
  "options": ""
 },
 {
  "name": "tmem-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List tmem pools",
  "usage": "[-l] [<Domain>|-a]",
  "options": "  -l                             List tmem stats"
 },
 {
  "name": "tmem-freeze",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Freeze tmem pools",
  "usage": "[<Domain>|-a]",
  "options": "  -a                             Freeze all tmem"
 },
 {
  "name": "tmem-thaw",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Thaw tmem pools",
  "usage": "[<Domain>|-a]",
  "options": "  -a                             Thaw all tmem"
 },
 {
  "name": "tmem-set",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Change tmem settings",
  "usage": "[<Domain>|-a] [-w[=WEIGHT]|-c[=CAP]|-p[=COMPRESS]]",
  "options": "  -a                             Operate on all tmem\n  -w WEIGHT                      Weight (int)\n  -c CAP                         Cap (int)\n  -p COMPRESS                    Compress (int)"
 },
 {
  "name": "tmem-shared-auth",
  "modifies": 0,
  "dryrun": 1,
  "desc": "De/authenticate shared tmem pool",
  "usage": "[<Domain>|-a] [-u[=UUID] [-A[=AUTH]",
  "options": "  -a                             Authenticate for all tmem pools\n  -u UUID                        Specify uuid\n                                 (abcdef01-2345-6789-1234-567890abcdef)\n  -A AUTH                        0=auth,1=deauth"
 },
 {
  "name": "tmem-freeable",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Get information about how much freeable memory (MB) is in-use by tmem",
  "usage": ""
 },
 {
  "name": "cpupool-create",
  "modifies": 1,
  "dryrun": 1,
  "desc": "Create a new CPU pool",
  "usage": "[options] [<ConfigFile>] [Variable=value ...]",
  "options": "-h, --help                   Print this help.\n-f FILE, --defconfig=FILE    Use the given configuration file.\n-n, --dryrun                 Dry run - prints the resulting configuration.\n                              (deprecated in favour of global -N option).\n\nSee the xlcpupool.cfg(5) manpage for more information."
 },
 {
  "name": "cpupool-list",
  "modifies": 0,
  "dryrun": 0,
  "desc": "List CPU pools on host",
  "usage": "[-c|--cpus] [<CPU Pool>]",
  "options": "-c, --cpus                     Output list of CPUs used by a pool"
 },
 {
  "name": "cpupool-destroy",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Deactivates a CPU pool",
  "usage": "<CPU Pool>"
 },
 {
  "name": "cpupool-rename",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Renames a CPU pool",
  "usage": "<CPU Pool> <new name>"
 },
 {
  "name": "cpupool-cpu-add",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Adds a CPU to a CPU pool",
  "usage": "<CPU Pool> <CPU nr>|node:<node nr>"
 },
 {
  "name": "cpupool-cpu-remove",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Removes a CPU from a CPU pool",
  "usage": "<CPU Pool> <CPU nr>|node:<node nr>"
 },
 {
  "name": "cpupool-migrate",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Moves a domain into a CPU pool",
  "usage": "<Domain> <CPU Pool>"
 },
 {
  "name": "cpupool-numa-split",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Splits up the machine into one CPU pool per NUMA node",
  "usage": ""
 },
 {
  "name": "getenforce",
  "modifies": 0,
  "dryrun": 0,
  "desc": "Returns the current enforcing mode of the Flask Xen security module",
  "usage": ""
 },
 {
  "name": "setenforce",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Sets the current enforcing mode of the Flask Xen security module",
  "usage": "<1|0|Enforcing|Permissive>"
 },
 {
  "name": "loadpolicy",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Loads a new policy int the Flask Xen security module",
  "usage": "<policy file>"
 },
 {
  "name": "remus",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Enable Remus HA for domain",
  "usage": "[options] <Domain> [<host>]",
  "options": "-i MS                   Checkpoint domain memory every MS milliseconds (def. 200ms).\n-b                      Replicate memory checkpoints to /dev/null (blackhole)\n-u                      Disable memory checkpoint compression.\n-s <sshcommand>         Use <sshcommand> instead of ssh.  String will be passed\n                        to sh. If empty, run <host> instead of \n                        ssh <host> xl migrate-receive -r [-e]\n-e                      Do not wait in the background (on <host>) for the death\n                        of the domain."
 },
 {
  "name": "devd",
  "modifies": 0,
  "dryrun": 1,
  "desc": "Daemon that listens for devices and launches backends",
  "usage": "[options]",
  "options": "-F                      Run in the foreground"
 }
];
