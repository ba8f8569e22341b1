import { domainRestore, domainSave } from '../../../sim/ops/save';
import { domainSuspend } from '../../../sim/ops/lifecycle';
import { encodeSaveImage } from '../../../sim/save-image';
import { currentDef } from '../../../sim/world';
import { xenGuestConfig } from '../../../sim/worlds/xen-files';
import { hvmCapable } from '../../xen/host-info';
import { readXlSaveFile, xlSaveFile } from '../../xen/save-file';
import { strerror } from '../context';
import { xlHelp } from '../help';
import { domainMakeFailed, nameTaken, parseXlConfig } from './create';
import { xlCommand } from './types';

const save = xlCommand({
  name: 'save',
  virsh: 'virsh save {domain} {file}',
  run(c, args) {
    const g = c.getopt(args, 'cp', {}, 'save', 2);
    if (typeof g === 'number') return g;
    if (g.params.length > 3) {
      c.print(xlHelp('save'));
      return 2;
    }
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const file = g.params[1];
    const d = t.x?.domain;
    const config = d ? xenGuestConfig(currentDef(d)) : '';
    if (!config) c.eprint(' Savefile will not contain xl domain config\n');
    if (!c.fs.write(c.fs.resolve(file), '').ok) {
      c.eprint(`Failed to open temp file ${file} for writing\n`);
      return 2;
    }
    c.eprint(`Saving to ${file} new xl format (info 0x0/0x0/${config ? config.length + 4 : 4})\n`);
    if (!d || t.id === 0) {
      c.eprint('Failed to save domain, resuming domain\n');
      return 1;
    }
    const keep = g.opts.some((o) => o.opt === 'c' || o.opt === 'p');
    let image: string;
    if (keep) {
      // -c / -p: a checkpoint; the domain goes on (paused with -p).
      image = encodeSaveImage('xen', currentDef(d), d.id, d.state === 'paused');
      if (g.opts.some((o) => o.opt === 'p') && d.state !== 'paused') c.apply(domainSuspend(c.op(), d.uuid));
    } else {
      const saved = c.apply(domainSave(c.op(), d.uuid));
      if (!saved) {
        c.eprint('Failed to save domain, resuming domain\n');
        return 1;
      }
      image = saved.image;
    }
    c.fs.write(c.fs.resolve(file), xlSaveFile(config, image));
    return 0;
  },
});

const restore = xlCommand({
  name: 'restore',
  virsh: 'virsh restore {file}',
  run(c, args) {
    const g = c.getopt(
      args,
      'FhcpdeVA',
      { vncviewer: { short: 'V', arg: false }, 'vncviewer-autopass': { short: 'A', arg: false } },
      'restore',
      1,
    );
    if (typeof g === 'number') return g;
    if (g.params.length > 2) {
      c.print(xlHelp('restore'));
      return 2;
    }
    const [configFile, checkpoint] = g.params.length === 2 ? g.params : [undefined, g.params[0]];
    const read = c.fs.read(c.fs.resolve(checkpoint));
    if (!read.ok) {
      c.eprint(`Can't open restore file: ${strerror[read.errno]}\n`);
      return 6;
    }
    const file = readXlSaveFile(read.data, checkpoint);
    if (!file.ok) {
      c.eprint(`${file.message}\n`);
      return file.message.startsWith('libxl') ? 3 : 6;
    }
    c.eprint(`Loading new save file ${checkpoint} (new xl fmt info 0x0/0x0/${file.optionalLen})\n`);
    if (file.configLen) c.eprint(' Savefile contains xl domain config\n');
    let source = '<saved>';
    let text = read.data.slice(XL_HEADER + 4, XL_HEADER + 4 + file.configLen);
    if (configFile) {
      const cf = c.fs.read(c.fs.resolve(configFile));
      if (!cf.ok) {
        c.eprint(`Failed to read config file: ${configFile}: ${strerror[cf.errno]}\n`);
        return 3;
      }
      source = configFile;
      text = cf.data;
    } else if (!file.configLen) {
      c.eprint('Config file not specified and none in save file\n');
      return 6;
    }
    c.print(`Parsing config from ${source}\n`);
    const guest = parseXlConfig(c, source, text);
    if (typeof guest === 'number') return guest;
    const h = c.host();
    const running = c.domains().find((x) => x.name === guest.def.name);
    if (running) {
      nameTaken(c, guest.def.name);
      return 3;
    }
    if (guest.hvm && !hvmCapable(h)) {
      domainMakeFailed(c);
      return 3;
    }
    const paused = g.opts.some((o) => o.opt === 'p');
    const r = domainRestore(c.op(), { data: file.image }, c.fs.resolve(checkpoint), { paused });
    if (!c.apply(r)) {
      c.libxl('libxl_create.c:743:initiate_domain_create', 'cannot make domain: -3');
      return 3;
    }
    return 0;
  },
});

/** sizeof(struct save_file_header): 32 bytes of magic and four 32-bit fields. */
const XL_HEADER = 48;

export const saveCommands = [save, restore];
