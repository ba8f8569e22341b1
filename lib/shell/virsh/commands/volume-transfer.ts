import type { CmdCtx } from '../context';
import { parseScaled, parseULongLong, parseULWrap } from '../numbers';
import { reqString } from './pool-lookup';
import { volumeArg } from './volume-lookup';
import type { VirshCommand } from './types';

/** The test driver has no resize, wipe, upload or download: virsh's line, then the driver's refusal. */
function refuse(c: CmdCtx, api: string, line: string): false {
  if (c.refuseReadonly(line)) return false;
  c.error(line);
  c.libvirtError({ code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${api}` });
  return false;
}

/** virStorageVolWipe for zero (or none), virStorageVolWipePattern for the others. */
const WIPE = ['zero', 'nnsa', 'dod', 'bsi', 'gutmann', 'schneier', 'pfitzner7', 'pfitzner33', 'random', 'trim'];

/** --offset (vshCommandOptULongLong) and --length (…Wrap: a negative length wraps), read before the volume. */
function offsets(c: CmdCtx): boolean {
  for (const o of ['offset', 'length']) {
    const v = c.str(o);
    const r = v === undefined ? undefined : o === 'length' ? parseULWrap(v, o) : parseULongLong(v, o);
    if (r && !r.ok) {
      c.error(r.error);
      return false;
    }
  }
  return true;
}

export const volumeTransferCommands: VirshCommand[] = [
  {
    name: 'vol-resize',
    api: 'virStorageVolResize',
    run(c) {
      const f = volumeArg(c);
      const text = f && reqString(c, 'capacity');
      if (!f || text == null) return false;
      let size = text.replace(/^[ \t\n\v\f\r]+/, '');
      // A negative size is a shrink by that much: virsh turns it into --delta.
      const negative = size.startsWith('-');
      if (negative) {
        size = size.slice(1);
        if (!c.has('shrink')) {
          c.error('negative size requires --shrink');
          return false;
        }
      }
      const s = parseScaled(size, 'capacity', 1);
      if (!s.ok) {
        c.error(`Malformed size ${size}`);
        if (s.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: s.libvirtError });
        return false;
      }
      const line =
        c.has('delta') || negative
          ? `Failed to change size of volume '${f.vol.name}' by ${size}`
          : `Failed to change size of volume '${f.vol.name}' to ${size}`;
      return refuse(c, 'virStorageVolResize', line);
    },
  },
  {
    name: 'vol-wipe',
    api: (c) =>
      !c.str('algorithm') || c.str('algorithm') === 'zero' ? 'virStorageVolWipe' : 'virStorageVolWipePattern',
    run(c) {
      const f = volumeArg(c);
      const alg = f && reqString(c, 'algorithm');
      if (!f || alg === null) return false;
      if (alg !== undefined && !WIPE.includes(alg)) {
        c.error(`Unsupported algorithm '${alg}'`);
        return false;
      }
      const api = !alg || alg === 'zero' ? 'virStorageVolWipe' : 'virStorageVolWipePattern';
      return refuse(c, api, `Failed to wipe vol ${c.str('vol')}`);
    },
  },
  {
    name: 'vol-upload',
    api: 'virStorageVolUpload',
    run(c) {
      const f = offsets(c) && volumeArg(c);
      if (!f) return false;
      const file = reqString(c, 'file');
      if (file == null) return false;
      if (!c.s.fs.read(c.s.fs.resolve(file)).ok) {
        c.error(`cannot read ${file}`);
        return false;
      }
      return refuse(c, 'virStorageVolUpload', `cannot upload to volume ${c.str('vol')}`);
    },
  },
  {
    name: 'vol-download',
    api: 'virStorageVolDownload',
    run(c) {
      const f = offsets(c) && volumeArg(c);
      if (!f) return false;
      const file = reqString(c, 'file');
      if (file == null) return false;
      const abs = c.s.fs.resolve(file);
      const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
      if (!c.s.fs.isDir(dir) || c.s.fs.isDir(abs)) {
        c.error(`cannot create ${file}`);
        return false;
      }
      return refuse(c, 'virStorageVolDownload', `cannot download from volume ${c.str('vol')}`);
    },
  },
];
