import { decodeImage, encodeImage, newImage } from '../../sim/disk-image';
import { domainDefine } from '../../sim/ops/define';
import { uuidFromSeed } from '../../sim/uuid';
import { domainByName, findHost } from '../../sim/world';
import { connectionUri, logLine, meter, noSocket, type VirtToolCtx, type VirtToolOut } from '../virt-install/main';
import { macFromSeed } from '../virt-install/guest-spec';
import { cloneDiskPath, cloneName } from './names';

/**
 * virt-clone 4.1: copies a shut-off guest's definition with a new name, UUID and MACs, and its
 * disk images to new files, then defines the clone (it does not start it).
 */
const USAGE = 'usage: virt-clone --original [NAME] ...\n';
const VALUED: Record<string, string> = {
  '--connect': 'connect',
  '-o': 'original',
  '--original': 'original',
  '-n': 'name',
  '--name': 'name',
  '-f': 'file',
  '--file': 'file',
  '-m': 'mac',
  '--mac': 'mac',
};
const FLAGS = ['--auto-clone', '--nonsparse', '--reflink'];

function parse(argv: string[]): { ok: true; opts: Record<string, string[]> } | { ok: false; error: string } {
  const opts: Record<string, string[]> = {};
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].startsWith('--') ? argv[i].indexOf('=') : -1;
    const flag = eq > 0 ? argv[i].slice(0, eq) : argv[i];
    const key = VALUED[flag];
    if (key) {
      const v = eq > 0 ? argv[i].slice(eq + 1) : argv[++i];
      if (v === undefined) return { ok: false, error: `argument ${flag}: expected one argument` };
      opts[key] = [...(opts[key] ?? []), v];
    } else if (FLAGS.includes(flag)) opts[flag.slice(2)] = [''];
    else unknown.push(argv[i]);
  }
  return unknown.length ? { ok: false, error: `unrecognized arguments: ${unknown.join(' ')}` } : { ok: true, opts };
}

export function virtClone(argv: string[], ctx: VirtToolCtx): VirtToolOut {
  const parsed = parse(argv);
  if (!parsed.ok) return { stdout: '', stderr: `${USAGE}virt-clone: error: ${parsed.error}\n`, status: 2 };
  const o = parsed.opts;
  const err = (msg: string) => ({ stdout: '', stderr: logLine('ERROR', msg), status: 1 });
  if (!connectionUri(ctx, o.connect?.at(-1))) return { stdout: '', stderr: noSocket, status: 1 };
  const auto = 'auto-clone' in o;
  if (!o.file && !auto)
    return err("Either --auto-clone or --file is required, use '--auto-clone or --file' and try again.");
  const origName = o.original?.at(-1);
  if (!origName) return err("An original machine name is required, use '--original src_name' and try again.");
  const host = findHost(ctx.world, ctx.host)!;
  const orig = domainByName(host, origName);
  if (!orig) return err(`Domain '${origName}' was not found.`);
  if (orig.state !== 'shut off' || !orig.config) return err('Domain to clone must be shutoff.');
  const taken = (n: string) => !!domainByName(host, n);
  const name = o.name?.at(-1) ?? (auto ? cloneName(origName, taken) : undefined);
  if (!name) return err("A name is required for the new virtual machine, use '--name NEW_VM_NAME' to specify one.");
  if (taken(name)) return err(`Invalid name for new guest: Guest name '${name}' is already in use.`);
  const files = [...(o.file ?? [])];
  const copies: { from: string; to: string; data: string }[] = [];
  const disks = [];
  for (const d of orig.config.disks) {
    if (d.device !== 'disk' || d.readonly || !d.source) {
      disks.push(d);
      continue;
    }
    const src = ctx.fs.read(d.source);
    if (!src.ok) return err(`Could not determine original disk information: Disk path '${d.source}' does not exist.`);
    const given = files.shift();
    const to = given ? ctx.fs.resolve(given) : cloneDiskPath(d.source, origName, name, (p) => ctx.fs.read(p).ok);
    if (given && ctx.fs.read(to).ok)
      return err(
        `This will overwrite the existing path '${to}' (Use --check path_exists=off or --check all=off to override)`,
      );
    // The copy is what qemu-img convert makes of it: the same data, no backing file, no snapshots.
    const img = decodeImage(src.data);
    const copy = { ...newImage(img.format, img.virtualSize), allocated: img.allocated };
    copies.push({ from: d.source, to, data: encodeImage(copy) });
    disks.push({ ...d, source: to });
  }
  const seed = `${host.name}/${name}/${ctx.now}`;
  const macs = o.mac ?? [];
  const prefix = host.driver === 'xen' ? '00:16:3e' : '52:54:00';
  const def = {
    ...orig.config,
    name,
    uuid: uuidFromSeed(seed),
    disks,
    interfaces: orig.config.interfaces.map((n, i) => ({ ...n, mac: macs[i] ?? macFromSeed(prefix, `${seed}/${i}`) })),
  };
  let stdout = '';
  for (const c of copies) {
    const w = ctx.fs.write(c.to, c.data);
    if (!w.ok) {
      for (const done of copies.slice(0, copies.indexOf(c))) ctx.fs.remove(done.to);
      const dir = c.to.slice(0, c.to.lastIndexOf('/')) || '/';
      return err(`Could not use path '${c.to}' for cloning: [Errno 2] No such file or directory: '${dir}'`);
    }
    stdout += meter(`Cloning ${c.from.slice(c.from.lastIndexOf('/') + 1)}`, '... ');
  }
  const defined = domainDefine({ world: ctx.world, host: ctx.host, now: ctx.now }, def);
  if (!defined.ok) return err(defined.error.message);
  return {
    stdout: `${stdout}\nClone '${name}' created successfully.\n`,
    stderr: '',
    status: 0,
    world: defined.value.world,
  };
}
