/**
 * virt-install's command line as its argparse parser reads it: `--opt value` or `--opt=value`,
 * repeatable --disk and --network, sub-options as comma-separated key=value lists.
 */
export interface DiskOpt {
  /** The --disk text as given (virt-install quotes it in its errors). */
  text: string;
  path?: string;
  sizeGiB?: number;
  format?: string;
  device: 'disk' | 'cdrom';
  bus?: string;
}
export interface InstallOptions {
  connect?: string;
  name?: string;
  memoryMiB?: number;
  vcpus?: number;
  disks: DiskOpt[];
  noDisk: boolean;
  networks: string[];
  graphics?: string;
  cdrom?: string;
  importDisk: boolean;
  boot?: string[];
  osinfo?: string;
  paravirt: boolean;
  hvm: boolean;
  noautoconsole: boolean;
  printXml: boolean;
  dryRun: boolean;
}

const VALUED: Record<string, string> = {
  '--connect': 'connect',
  '--name': 'name',
  '-n': 'name',
  '--memory': 'memory',
  '--ram': 'memory',
  '-r': 'memory',
  '--vcpus': 'vcpus',
  '--disk': 'disk',
  '--network': 'network',
  '-w': 'network',
  '--graphics': 'graphics',
  '--cdrom': 'cdrom',
  '-c': 'cdrom',
  '--boot': 'boot',
  '--os-variant': 'osinfo',
  '--osinfo': 'osinfo',
};
const FLAGS = ['--import', '--paravirt', '-p', '--hvm', '-v', '--noautoconsole', '--print-xml', '--dry-run'];

/** argparse's name for an option in its errors: every spelling, short first ("-n/--name"). */
const spellings = (key: string) =>
  Object.keys(VALUED)
    .filter((k) => VALUED[k] === key)
    .sort((a, b) => a.length - b.length)
    .join('/');

export type ParsedInstall = { ok: true; value: InstallOptions } | { ok: false; error: string };

const subopts = (text: string) =>
  Object.fromEntries(text.split(',').map((kv) => [kv.split('=')[0], kv.split('=').slice(1).join('=')]));

function parseDisk(text: string): DiskOpt {
  const o = subopts(text);
  const first = text.split(',')[0];
  const path = o.path ?? (first.includes('=') ? undefined : first);
  return {
    text,
    path,
    sizeGiB: o.size ? Number(o.size) : undefined,
    format: o.format,
    device: o.device === 'cdrom' ? 'cdrom' : 'disk',
    bus: o.bus,
  };
}

export function parseInstallArgs(argv: string[]): ParsedInstall {
  const o: InstallOptions = {
    disks: [],
    noDisk: false,
    networks: [],
    importDisk: false,
    paravirt: false,
    hvm: false,
    noautoconsole: false,
    printXml: false,
    dryRun: false,
  };
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    const key = VALUED[flag];
    if (key) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-')))
        return { ok: false, error: `argument ${spellings(key)}: expected one argument` };
      if (key === 'disk') v === 'none' ? (o.noDisk = true) : o.disks.push(parseDisk(v));
      else if (key === 'network') o.networks.push(v);
      else if (key === 'memory') o.memoryMiB = Number(subopts(v).memory || v.split(',')[0]);
      else if (key === 'vcpus') o.vcpus = Number(v.split(',')[0]);
      else if (key === 'boot') o.boot = v.split(',');
      else (o as unknown as Record<string, string>)[key] = v;
    } else if (FLAGS.includes(flag)) {
      if (flag === '--import') o.importDisk = true;
      else if (flag === '--paravirt' || flag === '-p') o.paravirt = true;
      else if (flag === '--hvm' || flag === '-v') o.hvm = true;
      else if (flag === '--noautoconsole') o.noautoconsole = true;
      else if (flag === '--print-xml') o.printXml = true;
      else o.dryRun = true;
    } else unknown.push(argv[i]);
  }
  if (unknown.length) return { ok: false, error: `unrecognized arguments: ${unknown.join(' ')}` };
  return { ok: true, value: o };
}

export const USAGE = 'usage: virt-install --name NAME --memory MB STORAGE INSTALL [options]\n';
