import { physicalPath } from './host-fs';
import { parseOptions, type Tool } from './tool-io';

const LONG = [
  ['canonicalize', 'f'],
  ['canonicalize-existing', 'e'],
  ['no-newline', 'n'],
  ['quiet', 'q'],
  ['silent', 's'],
  ['verbose', 'v'],
] as const;

/**
 * GNU readlink 9.1: each operand's link target as stored (`readlink /bin` → usr/bin on Debian 12); a file
 * that is no link prints nothing (status 1; `-v` says "Invalid argument"). `-f` prints the path with every
 * link resolved (the last name may be missing), `-e` needs all of it to exist. The host's own links
 * (HostFs.link) and those `ln -s` made (stored as "-> TARGET").
 */
export const readlink: Tool = (argv, io) => {
  const parsed = parseOptions('readlink', argv, { flags: 'fenqsv', long: LONG });
  const help = "Try 'readlink --help' for more information.\n";
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}${help}`, status: 1 };
  const flags = new Set(parsed.options.map(([k]) => k));
  if (!parsed.operands.length) return { stdout: '', stderr: `readlink: missing operand\n${help}`, status: 1 };
  const end = flags.has('n') && parsed.operands.length === 1 ? '' : '\n';
  let stdout = '';
  let stderr = '';
  let status = 0;
  const exists = (p: string) => io.fs.isDir(p) || io.fs.read(p).ok;
  // A link: the host's own (/bin → usr/bin) or one `ln -s` made (stored as "-> TARGET").
  const linkAt = (p: string) => {
    const stored = io.fs.read(p);
    return io.fs.link?.(p) ?? (stored.ok && stored.data.startsWith('-> ') ? stored.data.slice(3) : undefined);
  };
  for (const name of parsed.operands) {
    const abs = io.fs.resolve(name);
    if (flags.has('f') || flags.has('e')) {
      // Name by name from the first, links followed before `..` is taken (/sbin/.. is /usr).
      const real = physicalPath({ link: linkAt }, name.startsWith('/') ? name : `${io.fs.cwd()}/${name}`);
      const parent = real.slice(0, real.lastIndexOf('/')) || '/';
      if (flags.has('e') ? exists(real) : io.fs.isDir(parent)) stdout += `${real}${end}`;
      else status = 1;
      continue;
    }
    const target = linkAt(abs);
    if (target !== undefined) stdout += `${target}${end}`;
    else {
      status = 1;
      if (flags.has('v'))
        stderr += `readlink: ${name}: ${exists(abs) ? 'Invalid argument' : 'No such file or directory'}\n`;
    }
  }
  return { stdout, stderr, status };
};
