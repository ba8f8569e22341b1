import { errnoText } from '../host-fs';
import { last, type Parsed } from './getopt';
import { encodeImage, newImage } from '../../sim/disk-image';
import { FORMATS, type ImgCtx, type ImgOut, imgFail, openImage, shareMode } from './open-image';

/**
 * `qemu-img convert [-f fmt] [-O output_fmt] filename [filename2 ...] output_filename`: the sources'
 * guest data, concatenated, into a new image of its own. A backing chain is flattened and internal
 * snapshots are not copied.
 */
export function convert(p: Parsed, ctx: ImgCtx): ImgOut {
  if (p.operands.length < 2) return imgFail('Must specify image file name');
  const out = p.operands[p.operands.length - 1];
  const outFmt = last(p, '-O') ?? 'raw';
  if (!FORMATS.includes(outFmt)) return imgFail(`Unknown file format '${outFmt}'`);
  let size = 0;
  for (const src of p.operands.slice(0, -1)) {
    const o = openImage(ctx, src, last(p, '-f'), shareMode(p));
    if (!('ok' in o)) return o;
    size += o.image.virtualSize;
  }
  const img = newImage(outFmt as 'qcow2' | 'raw', size);
  const w = ctx.fs.write(ctx.fs.resolve(out), encodeImage(img));
  if (!w.ok)
    return imgFail(`${out}: error while converting ${outFmt}: Could not create '${out}': ${errnoText[w.errno]}`);
  return { stdout: p.opts.has('-p') ? '    (100.00/100%)\n' : '', stderr: '', status: 0 };
}
