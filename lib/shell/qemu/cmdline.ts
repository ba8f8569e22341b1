import { parseSize } from '../images/sizes';

/** What a QEMU command line asks for, as far as the lab models it. */
export interface QemuSpec {
  memoryMiB: number;
  vcpus: number;
  /** `given` is the option as typed, which QEMU's errors quote ("-hda x.img"). */
  disks: { path: string; format?: 'qcow2' | 'raw'; given: string }[];
  kvm: boolean;
  monitor: 'stdio' | 'none';
  display: 'default' | 'none' | 'vnc' | 'nographic';
  daemonize: boolean;
  name?: string;
  /** -net options seen; none given means QEMU's default NIC on user networking. */
  net: { nic: boolean; user: boolean; given: boolean };
  version: boolean;
  help: boolean;
}

/** QEMU 7.2's options the lab knows, and whether each takes an argument (qemu-options.hx). */
const OPTIONS: Record<string, boolean> = {
  m: true,
  smp: true,
  hda: true,
  hdb: true,
  hdc: true,
  hdd: true,
  cdrom: true,
  drive: true,
  net: true,
  netdev: true,
  nic: true,
  device: true,
  'enable-kvm': false,
  accel: true,
  machine: true,
  M: true,
  cpu: true,
  monitor: true,
  name: true,
  display: true,
  nographic: false,
  vnc: true,
  daemonize: false,
  boot: true,
  uuid: true,
  pidfile: true,
  S: false,
  snapshot: false,
  serial: true,
  k: true,
  vga: true,
  usb: false,
  rtc: true,
  'no-reboot': false,
  'no-shutdown': false,
  version: false,
  h: false,
  help: false,
};

const NET_TYPES = ['nic', 'user', 'tap', 'bridge', 'socket', 'none', 'vde', 'l2tpv3', 'hubport', 'netmap'];

/** qemu_opts_parse: `a=b,c=d`, a first bare value naming `implied`. */
const opts = (text: string, implied: string) =>
  Object.fromEntries(
    text
      .split(',')
      .map((kv, k) => (kv.includes('=') ? kv.split(/=(.*)/s).slice(0, 2) : k === 0 ? [implied, kv] : [kv, 'on'])),
  ) as Record<string, string>;

/** Parses QEMU's command line in order, failing as QEMU does at the first bad option ("-m: requires an argument"). */
export function parseQemuArgs(
  argv: string[],
  kvmByDefault: boolean,
): { ok: true; spec: QemuSpec } | { ok: false; error: string } {
  const spec: QemuSpec = {
    memoryMiB: 128,
    vcpus: 1,
    disks: [],
    kvm: kvmByDefault,
    monitor: 'none',
    display: 'default',
    daemonize: false,
    net: { nic: false, user: false, given: false },
    version: false,
    help: false,
  };
  const hd: (QemuSpec['disks'][number] | undefined)[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') {
      // A bare operand is the first hard disk (-hda).
      if (hd[0]) return { ok: false, error: `${a}: drive with bus=0, unit=0 (index=0) exists` };
      hd[0] = { path: a, given: a };
      continue;
    }
    const name = a.replace(/^--?/, '');
    if (!(name in OPTIONS)) return { ok: false, error: `${a}: invalid option` };
    let arg = '';
    if (OPTIONS[name]) {
      if (i + 1 >= argv.length) return { ok: false, error: `${a}: requires an argument` };
      arg = argv[++i];
    }
    const where = `${a} ${arg}`;
    switch (name) {
      case 'm': {
        const size = parseSize(opts(arg, 'size').size ?? '', 'M');
        if (size === null)
          return { ok: false, error: `${where}: Parameter 'size' expects a non-negative number below 2^64` };
        spec.memoryMiB = Math.floor(size / 2 ** 20);
        break;
      }
      case 'smp': {
        const cpus = opts(arg, 'cpus').cpus;
        if (!/^\d+$/.test(cpus ?? '')) return { ok: false, error: "Parameter 'smp.cpus' expects integer" };
        spec.vcpus = Number(cpus);
        break;
      }
      case 'hda':
      case 'hdb':
      case 'hdc':
      case 'hdd': {
        const index = name.charCodeAt(2) - 97;
        if (hd[index])
          return {
            ok: false,
            error: `${where}: drive with bus=${index >> 1}, unit=${index & 1} (index=${index}) exists`,
          };
        hd[index] = { path: arg, given: where };
        break;
      }
      case 'drive': {
        const o = opts(arg, 'file');
        const format = o.format === 'qcow2' || o.format === 'raw' ? o.format : undefined;
        if (o.file) spec.disks.push({ path: o.file, given: where, ...(format ? { format } : {}) });
        break;
      }
      case 'net': {
        const type = opts(arg, 'type').type;
        if (!NET_TYPES.includes(type))
          return { ok: false, error: `${where}: Parameter 'type' does not accept value '${type}'` };
        spec.net.given = true;
        if (type === 'user') spec.net.user = true;
        if (type === 'nic') spec.net.nic = true;
        break;
      }
      case 'enable-kvm':
        spec.kvm = true;
        break;
      case 'accel':
        spec.kvm = opts(arg, 'accel').accel === 'kvm';
        break;
      case 'monitor':
        if (arg === 'stdio') spec.monitor = 'stdio';
        else if (arg !== 'none' && !/^(tcp|unix|telnet|pty|null|vc|file):/.test(arg))
          return { ok: false, error: `${where}: '${arg}' is not a valid char driver` };
        break;
      case 'name':
        spec.name = opts(arg, 'guest').guest;
        break;
      case 'display': {
        const type = opts(arg, 'type').type;
        if (!['none', 'gtk', 'sdl', 'vnc', 'curses', 'egl-headless', 'spice-app', 'dbus'].includes(type))
          return { ok: false, error: `${where}: Parameter 'type' does not accept value '${type}'` };
        spec.display = type === 'none' ? 'none' : type === 'vnc' ? 'vnc' : 'default';
        break;
      }
      case 'nographic':
        spec.display = 'nographic';
        break;
      case 'vnc':
        spec.display = 'vnc';
        break;
      case 'daemonize':
        spec.daemonize = true;
        break;
      case 'version':
        spec.version = true;
        break;
      case 'h':
      case 'help':
        spec.help = true;
        break;
    }
  }
  spec.disks = [...hd.filter((d) => d !== undefined), ...spec.disks];
  return { ok: true, spec };
}
