import { domainRestore, domainSave } from '../../../sim/ops/save';
import { encodeSaveImage } from '../../../sim/save-image';
import { currentDef } from '../../../sim/world';
import { xmLongList } from '../../xen/long-list';
import { readXmSaveFile, xmSaveFile } from '../../xen/save-file';
import { gnuGetopt } from '../../xen/getopt';
import type { XmCtx } from '../context';
import { fault, noDomain, sysExit } from '../exits';
import { argCheck, usageExit, xmCommand } from './types';

/** os.access(dir, W_OK) as far as the lab's file view can tell: a file can be written there. */
function writable(c: XmCtx, path: string): boolean {
  const probe = c.fs.write(path, '');
  if (!probe.ok) return false;
  return true;
}

const save = xmCommand({
  name: 'save',
  virsh: 'virsh save {domain} {file}',
  run(c, args) {
    const bad = argCheck(c, args, 'save', 2, 3);
    if (bad) return bad;
    const g = gnuGetopt(args, 'c', ['checkpoint']);
    if (!g.ok) {
      c.error(g.error);
      return usageExit(c, 'save');
    }
    if (g.params.length !== 2) {
      c.error('Wrong number of parameters');
      return usageExit(c, 'save');
    }
    const [dom, file] = g.params;
    const path = c.fs.resolve(file);
    const x = c.lookup(dom);
    const before = c.fs.read(path);
    if (!writable(c, path)) {
      c.error(`xm save: Unable to create file ${path}`);
      return sysExit(1);
    }
    const restoreProbe = () => {
      if (before.ok) c.fs.write(path, before.data);
      else c.fs.remove(path);
    };
    if (!x) {
      restoreProbe();
      return noDomain(dom);
    }
    if (x.id === 0) {
      restoreProbe();
      return fault(`Cannot save privileged domain ${dom}`);
    }
    if (x.id === null || (x.state !== 'running' && x.state !== 'idle') || !x.domain) {
      restoreProbe();
      return fault('Domain is not running');
    }
    const checkpoint = g.opts.length > 0;
    const d = x.domain;
    let image: string;
    if (checkpoint) {
      // -c: the domain resumes where it was (same domid): only the image is written.
      image = encodeSaveImage('xen', currentDef(d), d.id, false);
    } else {
      const r = domainSave(c.op(), d.uuid);
      const saved = c.apply(r);
      if (!saved) {
        restoreProbe();
        return fault(r.ok ? '' : r.error.message);
      }
      image = saved.image;
    }
    c.fs.write(path, xmSaveFile(xmLongList(x), image));
  },
});

const restore = xmCommand({
  name: 'restore',
  virsh: 'virsh restore {file}',
  run(c, args) {
    const bad = argCheck(c, args, 'restore', 1, 2);
    if (bad) return bad;
    const g = gnuGetopt(args, 'p', ['paused']);
    if (!g.ok) {
      c.error(g.error);
      return usageExit(c, 'restore');
    }
    if (g.params.length !== 1) {
      c.error('Wrong number of parameters');
      return usageExit(c, 'restore');
    }
    const path = c.fs.resolve(g.params[0]);
    const read = c.fs.read(path);
    if (!read.ok) {
      c.error(`xm restore: Unable to read file ${path}`);
      return sysExit(1);
    }
    const file = readXmSaveFile(read.data);
    if (!file.ok) return fault(file.message);
    const paused = g.opts.length > 0;
    // XendCheckpoint.restore: a domain with this name or UUID must not be running.
    const r0 = domainRestore(c.op(), { data: file.image }, path, { paused });
    if (!r0.ok) {
      const m = /domain '(.*)' is already active/.exec(r0.error.message);
      const running = m ? c.lookup(m[1]) : undefined;
      return fault(running ? `Domain '${running.name}' already exists with ID '${running.id}'` : 'Restore failed');
    }
    c.world = r0.value.world;
  },
});

export const saveCommands = [save, restore];
