import { DUMP, domainCoreDumpFinish, domainCoreDumpStart } from '../../../sim/ops/dump';
import { DRIVER_FILE_MODE, errnoText } from '../../host-fs';
import type { CmdCtx } from '../context';
import { jobAbort, jobInfo } from './job-info';
import type { VirshCommand } from './types';

const FORMATS = ['elf', 'kdump-zlib', 'kdump-lzo', 'kdump-snappy', 'win-dmp'];
const dumpFlags = (c: CmdCtx) =>
  (Object.keys(DUMP) as (keyof typeof DUMP)[])
    .filter((k) => c.has(k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)))
    .reduce((bits, k) => bits | DUMP[k], 0);

const dump: VirshCommand = {
  name: 'dump',
  xm: { none: 'xm dump-core DOMAIN FILE writes a core file; VirtLab does not simulate it' },
  xl: { none: 'xl dump-core DOMAIN FILE writes a core file; VirtLab does not simulate it' },
  api: (c) => (c.has('format') ? 'virDomainCoreDumpWithFormat' : 'virDomainCoreDump'),
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    const file = c.str('file')!;
    const flags = dumpFlags(c);
    let format = 'raw';
    const f = c.str('format');
    if (f !== undefined) {
      if (!(flags & DUMP.memoryOnly)) {
        c.error('--format only works with --memory-only');
        return false;
      }
      if (!FORMATS.includes(f)) {
        c.error(
          `format '${f}' is not supported, expecting 'kdump-zlib', 'kdump-lzo', 'kdump-snappy', 'win-dmp' or 'elf'`,
        );
        return false;
      }
      format = f;
    }
    const failLine = `Failed to core dump domain '${name}' to ${file}`;
    if (c.refuseReadonly(failLine)) return false;
    const start = domainCoreDumpStart(c.op(), d.uuid, flags);
    if (!start.ok) {
      c.error(failLine);
      c.libvirtError(start.error);
      return false;
    }
    // The client makes the path absolute (virFileAbsPath) before the driver opens it.
    const abs = c.s.fs.resolve(file);
    const w = c.s.fs.write(abs, start.value.image, DRIVER_FILE_MODE);
    if (!w.ok) {
      c.error(failLine);
      c.libvirtError({
        code: 'SYSTEM_ERROR',
        message: `domain '${start.value.name}' coredump: failed to open ${abs}: ${errnoText[w.errno]}`,
      });
      return false;
    }
    if (!c.apply(domainCoreDumpFinish(c.op(), d.uuid, flags, format), failLine)) return false;
    // virshWatchJob's progress goes to stderr.
    if (c.has('verbose')) c.io.err += '\rDump: [100 %]';
    c.extra(`\nDomain '${name}' dumped to ${file}\n`);
    return true;
  },
};

const domjobinfo: VirshCommand = {
  name: 'domjobinfo',
  readOnly: true,
  xm: { none: 'xm shows no job progress' },
  xl: { none: 'xl shows no job progress' },
  run(c) {
    if (!c.requires('keep-completed', 'completed')) return false;
    const d = c.domain();
    if (!d) return false;
    return jobInfo(c, d);
  },
};

const domjobabort: VirshCommand = {
  name: 'domjobabort',
  api: (c) => (c.has('postcopy') ? 'virDomainAbortJobFlags' : 'virDomainAbortJob'),
  xm: { none: 'xm cannot abort a running migration' },
  xl: { none: 'xl cannot abort a running migration' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    if (c.refuseReadonly()) return false;
    return jobAbort(c, d);
  },
};

const consoleCmd: VirshCommand = {
  name: 'console',
  readOnly: true,
  xm: 'xm console {domain}',
  xl: 'xl console {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    if (d.state === 'shut off') {
      c.error('The domain is not running');
      return false;
    }
    // A simulated shell has no terminal to hand over to the guest's serial console.
    c.error('Cannot run interactive console without a controlling TTY');
    return false;
  },
};

export const jobCommands: VirshCommand[] = [dump, domjobinfo, domjobabort, consoleCmd];
