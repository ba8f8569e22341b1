/**
 * `--help` of the lab's disk and guest tools: the real tools' own lines (qemu-img 7.2, virtinst
 * 4.1), kept to the commands and options the lab simulates, with a last line saying so.
 */
const LAB_NOTE = (tool: string) => `(The lab simulates the ${tool} commands and options shown here.)\n`;

export const QEMU_IMG_HELP = `qemu-img version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)
Copyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers
usage: qemu-img [standard options] command [command options]
QEMU disk image utility

    '-h', '--help'       display this help and exit
    '-V', '--version'    output version information and exit

Command syntax:
  convert [-q] [-p] [-f fmt] [-O output_fmt] filename [filename2 [...]] output_filename
  create [-q] [-f fmt] [-b backing_file [-F backing_fmt]] filename [size]
  info [-f fmt] [--backing-chain] [-U] filename
  snapshot [-q] [-l | -a snapshot | -c snapshot | -d snapshot] filename
  resize [-f fmt] [-q] [--shrink] filename [+ | -]size

Command parameters:
  'filename' is a disk image filename
  'fmt' is the disk image format. It is guessed automatically in most cases
  'size' is the disk image size in bytes. Optional suffixes
    'k' or 'K' (kilobyte, 1024), 'M' (megabyte, 1024k), 'G' (gigabyte, 1024M),
    'T' (terabyte, 1024G), 'P' (petabyte, 1024T) and 'E' (exabyte, 1024P)  are
    supported. 'b' is ignored.
  'output_filename' is the destination disk image filename
  'output_fmt' is the destination format

Supported formats: qcow2 raw
${LAB_NOTE('qemu-img')}`;

export const VIRT_INSTALL_HELP = `usage: virt-install --name NAME --memory MB STORAGE INSTALL [options]

Create a new virtual machine from specified install media.

options:
  -h, --help            show this help message and exit
  --connect URI         Connect to hypervisor with libvirt URI

General Options:
  -n NAME, --name NAME  Name of the guest instance
  --memory MEMORY       Configure guest memory allocation. Ex:
                        --memory 1024 (in MiB)
  --vcpus VCPUS         Number of vCPUs to configure for your guest. Ex:
                        --vcpus 5

Installation Method Options:
  --cdrom CDROM         CD-ROM installation media
  --import              Build guest around an existing disk image
  --boot BOOT           Configure guest boot settings. Ex:
                        --boot hd,cdrom,menu=on

OS options:
  --os-variant OS_VARIANT, --osinfo OS_VARIANT
                        The OS being installed in the guest.
                        This is used for deciding optimal defaults like VirtIO.

Device Options:
  --disk DISK           Specify storage with various options. Ex.
                        --disk size=10 (new 10GiB image in default location)
  -w NETWORK, --network NETWORK
                        Configure a guest network interface. Ex:
                        --network bridge=mybr0
                        --network network=my_libvirt_virtual_net
                        --network none
  --graphics GRAPHICS   Configure guest display settings. Ex:
                        --graphics spice
                        --graphics none

Virtualization Platform Options:
  -v, --hvm             This guest should be a fully virtualized guest
  -p, --paravirt        This guest should be a paravirtualized guest

Miscellaneous Options:
  --noautoconsole       Don't automatically try to connect to the guest
                        console
  --print-xml [XMLONLY]
                        Print the generated domain XML rather than create the
                        guest.
  --dry-run             Run through install process, but do not create devices
                        or define the guest.

${LAB_NOTE('virt-install')}`;

export const VIRT_CLONE_HELP = `usage: virt-clone --original [NAME] ...

Duplicate a virtual machine, changing all the unique host side configuration like MAC address, name, etc. 

options:
  -h, --help            show this help message and exit
  --connect URI         Connect to hypervisor with libvirt URI

General Options:
  -o SRC_NAME, --original SRC_NAME
                        Name of the original guest to clone.
  --auto-clone          Auto generate clone name and storage paths from the
                        original guest configuration.
  -n NEW_NAME, --name NEW_NAME
                        Name for the new guest

Storage Configuration:
  -f NEW_DISKFILE, --file NEW_DISKFILE
                        New file to use as the disk image for the new guest

Networking Configuration:
  -m NEW_MAC, --mac NEW_MAC
                        New fixed MAC address for the clone guest. Default is
                        a randomly generated MAC

${LAB_NOTE('virt-clone')}`;

/** Each tool's options, for Tab: read from the help text above so the two never disagree. */
export const helpOptions = (help: string) => [...new Set(help.match(/(?<=^ {2}(?:-\w [A-Z_]+, )?)--[a-z-]+/gm) ?? [])];
