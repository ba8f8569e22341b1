import { domainCreateXml } from '../../../sim/ops/define';
import type { DomainDef } from '../../../sim/types';
import { currentDef, domainByName } from '../../../sim/world';
import { guestFromConfig } from '../../xen/config-def';
import { parseXenConfig } from '../../xen/config-parse';
import { hvmCapable } from '../../xen/host-info';
import { firstMissingDisk } from '../../xen/missing-disk';
import { nrCpus } from '../../xen/view';
import type { XlCtx } from '../context';
import { strerror } from '../context';
import { xlHelp } from '../help';
import { xlCommand } from './types';

/** The libxl lines of a creation that fails in libxl__domain_make, before any domid exists. */
export function domainMakeFailed(c: XlCtx) {
  c.libxl('libxl_create.c:478:libxl__domain_make', 'domain creation fail');
  c.libxl('libxl_create.c:743:initiate_domain_create', 'cannot make domain: -3');
  c.libxl('libxl.c:1390:libxl__destroy_domid', 'non-existant domain -1');
  c.libxl('libxl.c:1354:domain_destroy_callback', 'unable to destroy guest with domid 4294967295');
  c.libxl(
    'libxl_create.c:1325:domcreate_destruction_cb',
    'unable to destroy domain 4294967295 following failed creation',
  );
}

/** libxl__domain_rename refuses a name a running domain has (the new domain is then destroyed). */
export function nameTaken(c: XlCtx, name: string) {
  c.libxl('libxl.c:325:libxl__domain_rename', `domain with name "${name}" already exists.`);
  c.libxl('libxl_create.c:743:initiate_domain_create', 'cannot make domain: -6');
}

/** parse_config_data's checks (xlu_cfg's parser messages, "Domain name must be specified."). */
export function parseXlConfig(c: XlCtx, source: string, text: string): { def: DomainDef; hvm: boolean } | number {
  const parsed = parseXenConfig(text);
  if (!parsed.ok) {
    if (parsed.kind === 'syntax')
      c.eprint(
        `${source}:${parsed.line}: config parsing error near ${parsed.near ? `\`${parsed.near}'` : '<newline>'}: syntax error\n`,
      );
    else
      c.eprint(
        `${source}:${parsed.line}: config parsing error near \`${parsed.name}': syntax error, unexpected IDENT\n`,
      );
    c.eprint('Failed to parse config: Invalid argument\n');
    return 1;
  }
  if (!parsed.vars.name) {
    c.eprint('Domain name must be specified.\n');
    return 1;
  }
  return guestFromConfig(parsed.vars, { nrCpus: nrCpus(c.host()) });
}

/** libxl_domain_create_new / _restore: refusals, then the simulator's domain; the new domid or an exit status. */
export function createGuest(c: XlCtx, def0: DomainDef, hvm: boolean, paused: boolean): number | { id: number } {
  const h = c.host();
  const running = domainByName(h, def0.name);
  if (running && running.id !== null) {
    nameTaken(c, def0.name);
    return 3;
  }
  if (hvm && !hvmCapable(h)) {
    domainMakeFailed(c);
    return 3;
  }
  // libxl 4.4 checks no uuid: libxl__domain_make would start a second domain with it (and rewrite
  // /vm/<uuid> in xenstore). The simulator keys domains by uuid and cannot hold both: it says so.
  const twin = def0.uuid ? h.domains.find((d) => d.uuid === def0.uuid && currentDef(d).name !== def0.name) : undefined;
  if (twin) {
    c.eprint(
      `virtlab: ${def0.name}'s config keeps the uuid of ${currentDef(twin).name} (${def0.uuid}). Xen 4.4's libxl checks no uuid: a real host would start a second domain with the same uuid; the lab keys domains by uuid and cannot hold both. Delete the uuid line (xl then makes a new one); nothing changed\n`,
    );
    return 1;
  }
  // initiate_domain_create: libxl__device_disk_setdefault stats each disk after the domain is made;
  // a missing image fails the creation and the new domain is destroyed.
  const missing = firstMissingDisk(c.world, c.hostName, def0);
  if (missing) {
    c.libxl(
      'libxl_device.c:264:libxl__device_disk_set_backend',
      `Disk vdev=${missing.target} failed to stat: ${missing.source}`,
      'ENOENT',
    );
    return 3;
  }
  // libxl keeps no definitions: a stopped guest the simulator still knows by name is the same guest.
  const def = !def0.uuid && running ? { ...def0, uuid: running.uuid } : def0;
  const r = domainCreateXml(c.op(), def, { paused });
  const done = c.apply(r);
  if (!done) {
    c.libxl('libxl_create.c:743:initiate_domain_create', 'cannot make domain: -3');
    return 3;
  }
  return { id: done.domain.id! };
}

const create = xlCommand({
  name: 'create',
  virsh: 'virsh create {file}',
  note: "Xen 4.4's xl reads the config file as given (relative to the current directory); xm also looks in /etc/xen.",
  run(c, argv) {
    let args = argv;
    let filename: string | undefined;
    if (args[0] && !args[0].startsWith('-') && !args[0].includes('=')) {
      filename = args[0];
      args = args.slice(1);
    }
    const g = c.getopt(
      args,
      'Fhnqf:pcdeVA',
      {
        dryrun: { short: 'n', arg: false },
        quiet: { short: 'q', arg: false },
        defconfig: { short: 'f', arg: true },
        vncviewer: { short: 'V', arg: false },
        'vncviewer-autopass': { short: 'A', arg: false },
      },
      'create',
      0,
    );
    if (typeof g === 'number') return g;
    const has = (o: string) => g.opts.some((x) => x.opt === o);
    const f = g.opts.filter((x) => x.opt === 'f').pop();
    if (f) filename = f.arg;
    const extra: string[] = [];
    for (const p of g.params) {
      if (p.includes('=')) extra.push(p);
      else if (!filename) filename = p;
      else {
        c.print(xlHelp('create'));
        return 2;
      }
    }
    if (!filename) {
      c.eprint('Config file not specified and none in save file\n');
      return 6;
    }
    const read = filename === '/dev/null' ? { ok: true as const, data: '' } : c.fs.read(c.fs.resolve(filename));
    if (!read.ok) {
      c.eprint(`Failed to read config file: ${filename}: ${strerror[read.errno]}\n`);
      return 3;
    }
    if (!has('q')) c.print(`Parsing config from ${filename}\n`);
    const text = extra.length ? `${read.data}\n${extra.join('\n')}\n` : read.data;
    const guest = parseXlConfig(c, filename, text);
    if (typeof guest === 'number') return guest;
    if (has('n')) {
      c.print(
        `${JSON.stringify({ domid: null, config: { c_info: { type: guest.hvm ? 'hvm' : 'pv', name: guest.def.name }, b_info: { max_vcpus: guest.def.vcpuMax, max_memkb: guest.def.memoryKiB, target_memkb: guest.def.currentMemoryKiB } } }, null, 4)}\n`,
      );
      return 0;
    }
    const made = createGuest(c, guest.def, guest.hvm, has('p'));
    return typeof made === 'number' ? made : 0;
  },
});

export const createCommands = [create];
