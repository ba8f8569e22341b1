import { errnoText } from '../host-fs';
import { getopt, last, type Parsed } from './getopt';
import { type DiskImage, encodeImage, newImage } from '../../sim/disk-image';
import { dirOf, readImage } from './image-file';
import { FORMATS, type ImgCtx, type ImgOut, imgFail, openImage, probedRawWarning, shareMode } from './open-image';
import { chainText, infoJson, infoText, snapshotTable } from './qemu-img-info';
import { convert } from './qemu-img-convert';
import { parseSize } from './sizes';

/** qemu-img 7.2 over a host's files: create, info, convert, resize, snapshot. */
function writeImage(ctx: ImgCtx, name: string, img: DiskImage): string | null {
  const w = ctx.fs.write(ctx.fs.resolve(name), encodeImage(img));
  return w.ok ? null : `Could not create '${name}': ${errnoText[w.errno]}`;
}

const tryHelp = (msg: string) => imgFail(`${msg}\nTry 'qemu-img --help' for more information`);

export const invalidSize =
  'Invalid image size specified. You may use k, M, G, T, P or E suffixes for\nqemu-img: kilobytes, megabytes, gigabytes, terabytes, petabytes and exabytes.';

function create(p: Parsed, ctx: ImgCtx): ImgOut {
  const [name, sizeText] = p.operands;
  if (!name) return tryHelp('Expecting image file name');
  const fmt = last(p, '-f') ?? 'raw';
  if (!FORMATS.includes(fmt)) return imgFail(`${name}: Unknown file format '${fmt}'`);
  let size = sizeText === undefined ? undefined : parseSize(sizeText);
  if (size === null) return imgFail(invalidSize);
  const backingFile = last(p, '-b');
  let backing: DiskImage['backing'];
  if (backingFile !== undefined) {
    if (fmt === 'raw') return imgFail(`${name}: Backing file not supported for file format 'raw'`);
    const path = backingFile.startsWith('/') ? backingFile : `${dirOf(name)}${backingFile}`;
    const b = readImage(ctx.fs, ctx.fs.resolve(path));
    if (!b.ok)
      return imgFail(
        `${name}: Could not open '${path}': ${errnoText[b.errno as 'ENOENT']}\nCould not open backing image.`,
      );
    const bfmt = last(p, '-F');
    if (!bfmt)
      // qemu-img 7.2 prints this one without a final newline.
      return {
        stdout: '',
        stderr: `qemu-img: ${name}: Backing file specified without backing format\nDetected format of ${b.image.format}.`,
        status: 1,
      };
    backing = { file: backingFile, format: bfmt };
    size ??= b.image.virtualSize;
  }
  if (size === undefined) return imgFail(`${name}: Image creation needs a size parameter`);
  const opts =
    fmt === 'raw'
      ? `fmt=raw size=${size}`
      : `fmt=qcow2 cluster_size=65536 extended_l2=off compression_type=zlib size=${size}${backing ? ` backing_file=${backing.file} backing_fmt=${backing.format}` : ''} lazy_refcounts=off refcount_bits=16`;
  const stdout = p.opts.has('-q') ? '' : `Formatting '${name}', ${opts}\n`;
  const err = writeImage(ctx, name, newImage(fmt as 'qcow2' | 'raw', size, backing));
  return err ? { ...imgFail(`${name}: ${err}`), stdout } : { stdout, stderr: '', status: 0 };
}

function info(p: Parsed, ctx: ImgCtx): ImgOut {
  if (p.operands.length !== 1) return tryHelp('Expecting one image file name');
  // The last --output counts; it is checked after the file names are counted, before the file is opened.
  const output = last(p, '--output') ?? 'human';
  if (output !== 'human' && output !== 'json')
    return { stdout: '', stderr: 'qemu-img: --output must be used with human or json as argument.\n', status: 1 };
  const [name] = p.operands;
  const o = openImage(ctx, name, last(p, '-f'), shareMode(p));
  if (!('ok' in o)) return o;
  const chained = p.opts.has('--backing-chain');
  const text =
    output === 'json'
      ? infoJson(ctx.fs, name, o.image, chained)
      : chained
        ? chainText(ctx.fs, name, o.image)
        : infoText(name, o.image);
  return { stdout: text, stderr: '', status: 0 };
}

const sizeHelp =
  "Parameter 'size' expects a non-negative number below 2^64\nOptional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively.";

function resize(argv: string[], ctx: ImgCtx): ImgOut {
  // qemu-img takes the size off the end first, so that "-5G" is not read as an option.
  if (argv.length < 2) return tryHelp('Not enough arguments');
  const sizeText = argv[argv.length - 1];
  const parsed = getopt(argv.slice(0, -1), ['-f', '--preallocation'], ['--shrink', '-q']);
  if (!parsed.ok) return tryHelp(`unrecognized option '${parsed.option}'`);
  const p = parsed.value;
  if (p.operands.length !== 1) return tryHelp('Expecting one image file name');
  const rel = /^[+-]/.test(sizeText) ? sizeText[0] : '';
  const n = parseSize(sizeText.slice(rel.length));
  if (n === null) return imgFail(sizeHelp);
  const [name] = p.operands;
  const fmt = last(p, '-f');
  const o = openImage(ctx, name, fmt, 'write');
  if (!('ok' in o)) return o;
  const warn = !fmt && o.image.format === 'raw' ? probedRawWarning(name) : '';
  const cur = o.image.virtualSize;
  const size = rel === '+' ? cur + n : rel === '-' ? cur - n : n;
  const fail = (m: string) => ({ ...imgFail(m), stderr: warn + imgFail(m).stderr });
  if (size <= 0) return fail('New image size must be positive');
  if (size < cur && !p.opts.has('--shrink'))
    return fail(
      "Use the --shrink option to perform a shrink operation.\nqemu-img: warning: Shrinking an image will delete all data beyond the shrunken image's end. Before performing such an operation, make sure there is no important data there.",
    );
  writeImage(ctx, name, { ...o.image, virtualSize: size });
  return { stdout: p.opts.has('-q') ? '' : 'Image resized.\n', stderr: warn, status: 0 };
}

function snapshot(p: Parsed, ctx: ImgCtx): ImgOut {
  if (p.operands.length !== 1) return tryHelp('Expecting one image file name');
  const [name] = p.operands;
  const [op, tag] = (['-c', '-d', '-a'] as const).map((k) => [k, last(p, k)]).find(([, v]) => v !== undefined) ?? [
    p.opts.has('-l') ? '-l' : '',
    '',
  ];
  // img_snapshot opens read-write unless listing; without -l, -c, -d or -a it then does nothing.
  const o = openImage(ctx, name, undefined, op === '-l' ? shareMode(p) : 'write');
  if (!('ok' in o)) return o;
  if (!op) return { stdout: '', stderr: '', status: 0 };
  const img = o.image;
  if (op === '-l') return { stdout: snapshotTable(img), stderr: '', status: 0 };
  const warn = img.format === 'raw' ? probedRawWarning(name) : '';
  const verb = op === '-c' ? 'create' : op === '-d' ? 'delete' : 'apply';
  const found = img.snapshots.find((s) => s.tag === tag || String(s.id) === tag);
  if (img.format === 'raw' || (!found && op !== '-c')) {
    const why =
      img.format === 'raw'
        ? '-95 (Operation not supported)'
        : op === '-d'
          ? 'snapshot not found'
          : 'Failed to load snapshot: No such file or directory';
    return { stdout: '', stderr: `${warn}qemu-img: Could not ${verb} snapshot '${tag}': ${why}\n`, status: 1 };
  }
  const snapshots =
    op === '-c'
      ? [
          ...img.snapshots,
          { id: Math.max(0, ...img.snapshots.map((s) => s.id)) + 1, tag: tag!, date: Math.floor(ctx.now / 1000) },
        ]
      : op === '-d'
        ? img.snapshots.filter((s) => s !== found)
        : img.snapshots;
  const allocated = img.allocated + (op === '-c' ? 8192 : 0);
  writeImage(ctx, name, { ...img, snapshots, allocated });
  return { stdout: '', stderr: '', status: 0 };
}

const GRAMMAR: Record<string, [string[], string[]]> = {
  create: [
    ['-f', '-b', '-F'],
    ['-q', '-u'],
  ],
  info: [
    ['-f', '--output'],
    ['--backing-chain', '-U', '--force-share'],
  ],
  convert: [
    ['-f', '-O'],
    ['-q', '-p', '-U', '--force-share'],
  ],
  snapshot: [
    ['-c', '-d', '-a'],
    ['-l', '-q', '-U', '--force-share'],
  ],
};

export function qemuImg(argv: string[], ctx: ImgCtx): ImgOut {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return imgFail("Not enough arguments\nTry 'qemu-img --help' for more information");
  if (cmd === '--version' || cmd === '-V')
    return {
      stdout:
        'qemu-img version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)\nCopyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers\n',
      stderr: '',
      status: 0,
    };
  if (cmd === 'resize') return resize(rest, ctx);
  const grammar = Object.hasOwn(GRAMMAR, cmd) ? GRAMMAR[cmd] : undefined;
  if (!grammar) return tryHelp(`Command not found: ${cmd}`);
  const parsed = getopt(rest, ...grammar);
  // Real qemu-img options the lab does not model are said to be so, not called unknown.
  if (!parsed.ok && /^(-o|-B|-S|-t|-T|-l|-n|-c|-m|-W|-C|--object|--image-opts)$/.test(parsed.option))
    return imgFail(`${parsed.option}: this qemu-img option is not simulated in the lab`);
  if (!parsed.ok) return tryHelp(`unrecognized option '${parsed.option}'`);
  const p = parsed.value;
  if (cmd === 'create') return create(p, ctx);
  if (cmd === 'info') return info(p, ctx);
  if (cmd === 'convert') return convert(p, ctx);
  return snapshot(p, ctx);
}
