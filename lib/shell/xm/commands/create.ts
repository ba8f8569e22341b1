import { domainCreateXml, domainDefine } from '../../../sim/ops/define';
import type { DomainDef } from '../../../sim/types';
import { domainByName, domainByUuid } from '../../../sim/world';
import { commandLineVars, guestFromConfig } from '../../xen/config-def';
import { parseXenConfig } from '../../xen/config-parse';
import { gnuGetopt } from '../../xen/getopt';
import { firstMissingDisk, xendNoImage } from '../../xen/missing-disk';
import { hvmCapable } from '../../xen/host-info';
import { nrCpus } from '../../xen/view';
import type { XmCtx } from '../context';
import { optionError, sysExit, type XmExit } from '../exits';
import { xmHelpData } from '../help-data.gen';
import { HVM_REQUIRED } from './lifecycle';
import { xmCommand } from './types';

/**
 * xm create / xm new (Xen 4.4 create.py, new.py): the config is a Python script searched for
 * as given, then along --path (default ".:/etc/xen"); `key=value` words override its variables.
 */
const SHORT = 'hqf:F:nxspc';
const LONG = [
  'help',
  'help_config',
  'quiet',
  'path=',
  'defconfig=',
  'config=',
  'dryrun',
  'xmldryrun',
  'skipdtd',
  'paused',
  'console_autoconnect',
  'vncviewer',
  'vncviewer-autopass',
];

interface Parsed {
  def: DomainDef;
  hvm: boolean;
  quiet: boolean;
  paused: boolean;
  dryrun: boolean;
}

/** create.py's err(): "Error: <msg>" and sys.exit(1), which xm's _run_cmd reports as "1". */
const createErr = (c: XmCtx, msg: string): XmExit => {
  c.error(msg);
  return sysExit(1);
};

function parseCommandLine(c: XmCtx, name: 'create' | 'new', args: string[]): Parsed | XmExit | null {
  const use = xmHelpData.moduleUse[name];
  const g = gnuGetopt(args, SHORT, LONG);
  if (!g.ok) return optionError(g.error, use);
  const opt = (...keys: string[]) => g.opts.find(([k]) => keys.includes(k));
  if (opt('-h', '--help', '--help_config')) return null;
  let defconfig = opt('-f', '--defconfig')?.[1] ?? 'xmdefconfig';
  for (const p of g.params) if (!p.includes('=')) defconfig = p;
  const path = opt('--path')?.[1] ?? '.:/etc/xen';
  const quiet = !!opt('-q', '--quiet');
  // opts.load_defconfig: the name itself, then each directory of the search path.
  const candidates = ['', ...path.split(':')].map((dir) => {
    const p = dir ? (defconfig.startsWith('/') ? defconfig : `${dir.replace(/\/$/, '')}/${defconfig}`) : defconfig;
    return p.startsWith('/') ? p : `./${p.replace(/^\.\//, '')}`;
  });
  const found = candidates.map((p) => ({ p, r: c.fs.read(c.fs.resolve(p)) })).find((x) => x.r.ok);
  if (!found?.r.ok) return optionError(`Unable to open config file: ${defconfig}`, use);
  if (!quiet) c.print(`Using config file "${found.p}".\n`);
  const parsed = parseXenConfig(found.r.data);
  if (!parsed.ok) {
    return parsed.kind === 'syntax'
      ? createErr(c, `Errors were found at line ${parsed.line} while processing ${found.p}:\n\t${parsed.text}\n`)
      : createErr(c, `name '${parsed.name}' is not defined`);
  }
  const vars = { ...parsed.vars, ...commandLineVars(g.params.filter((p) => p.includes('='))) };
  const base = defconfig.slice(defconfig.lastIndexOf('/') + 1);
  const guest = guestFromConfig(vars, { name: base, nrCpus: nrCpus(c.host()) });
  return { ...guest, quiet, paused: !!opt('-p', '--paused'), dryrun: !!opt('-n', '--dryrun') };
}

/** The SXP config xm create -n prints (abbreviated). */
function sxp(def: DomainDef): string {
  const mib = (k: number) => Math.floor(k / 1024);
  return (
    `(vm\n    (name ${def.name})\n    (memory ${mib(def.currentMemoryKiB)})\n    (maxmem ${mib(def.memoryKiB)})\n    (vcpus ${def.vcpuMax})\n` +
    `    (image\n        (${def.osType === 'hvm' ? 'hvm' : 'linux'}${def.kernel ? ` (kernel ${def.kernel})` : ''})\n    )\n)\n`
  );
}

/**
 * XendDomainInfo._checkName: another domain already has this name. A config without a uuid gets a new random
 * one (XendConfig._uuid_sanity_check), so any domain of that name is another one.
 */
function nameClash(c: XmCtx, def: DomainDef): string | null {
  const h = c.host();
  const other = domainByName(h, def.name);
  if (!other || other.uuid === def.uuid) return null;
  return `VM name '${def.name}' already exists${other.id !== null ? ` as domain ${other.id}` : ''}`;
}

const create = xmCommand({
  name: 'create',
  virsh: 'virsh create {file}',
  note: 'A relative config name is looked for in the current directory, then in /etc/xen.',
  run(c, args) {
    const p = parseCommandLine(c, 'create', args);
    if (p === null || 'kind' in p) return p ?? undefined;
    if (p.dryrun) {
      c.print(sxp(p.def));
      return;
    }
    const h = c.host();
    // XendDomainInfo.create: a running domain with this name (or UUID) is refused first.
    const running = [domainByName(h, p.def.name), p.def.uuid ? domainByUuid(h, p.def.uuid) : undefined].find(
      (d) => d && d.id !== null,
    );
    if (running) return createErr(c, `Domain '${p.def.name}' already exists with ID '${running.id}'`);
    const clash = nameClash(c, p.def);
    if (clash) return createErr(c, clash);
    if (p.hvm && !hvmCapable(h)) return createErr(c, HVM_REQUIRED);
    const missing = firstMissingDisk(c.world, c.hostName, p.def);
    if (missing) return createErr(c, xendNoImage(missing));
    // An inactive managed domain with this uuid starts as itself.
    const def = p.def;
    const r = domainCreateXml(c.op(), def, { paused: p.paused });
    const started = c.apply(r);
    if (!started) return createErr(c, r.ok ? '' : r.error.message);
    if (!p.quiet) c.print(`Started domain ${def.name} (id=${started.domain.id})\n`);
  },
});

const xmNew = xmCommand({
  name: 'new',
  virsh: 'virsh define {file}',
  run(c, args) {
    const p = parseCommandLine(c, 'new', args);
    if (p === null || 'kind' in p) return p ?? undefined;
    if (p.dryrun) {
      c.print(sxp(p.def));
      return;
    }
    const clash = nameClash(c, p.def);
    if (clash) return createErr(c, clash);
    // Real xend accepts an HVM config here and refuses at `xm start`; the simulator checks at define.
    if (p.hvm && !hvmCapable(c.host())) return createErr(c, HVM_REQUIRED);
    const r = domainDefine(c.op(), p.def);
    if (!c.apply(r)) return createErr(c, r.ok ? '' : r.error.message);
  },
});

export const createCommands = [create, xmNew];
