import { errnoText } from './host-fs';
import { base, out, splitArgs, type Tool, usage } from './tool-io';

/** `cp SRC DEST` / `mv SRC DEST` (DEST may be a directory), with coreutils' messages. */
export const copyOrMove =
  (tool: 'cp' | 'mv'): Tool =>
  (argv, io) => {
    const { operands } = splitArgs(argv);
    if (operands.length === 0) return usage(tool, 'missing file operand');
    if (operands.length === 1) return usage(tool, `missing destination file operand after '${operands[0]}'`);
    const dest = operands[operands.length - 1];
    const sources = operands.slice(0, -1);
    const destDir = io.fs.isDir(io.fs.resolve(dest));
    if (sources.length > 1 && !destDir) return out('', `${tool}: target '${dest}' is not a directory\n`);
    let stderr = '';
    for (const src of sources) {
      const from = io.fs.resolve(src);
      const to = destDir ? `${io.fs.resolve(dest).replace(/\/$/, '')}/${base(src)}` : io.fs.resolve(dest);
      if (io.fs.isDir(from)) {
        stderr +=
          tool === 'cp'
            ? `cp: -r not specified; omitting directory '${src}'\n`
            : `mv: cannot move '${src}': Is a directory\n`;
        continue;
      }
      const r = io.fs.read(from);
      if (!r.ok) {
        stderr += `${tool}: cannot stat '${src}': ${errnoText[r.errno]}\n`;
        continue;
      }
      const w = io.fs.write(to, r.data);
      if (!w.ok) {
        const shown = destDir ? `${dest.replace(/\/$/, '')}/${base(src)}` : dest;
        stderr +=
          tool === 'cp'
            ? `cp: cannot create regular file '${shown}': ${errnoText[w.errno]}\n`
            : `mv: cannot move '${src}' to '${shown}': ${errnoText[w.errno]}\n`;
        continue;
      }
      if (tool === 'mv' && from !== to) {
        const rm = io.fs.remove(from);
        if (!rm.ok) stderr += `mv: cannot remove '${src}': ${errnoText[rm.errno]}\n`;
      }
    }
    return out('', stderr);
  };
