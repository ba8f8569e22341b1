import type { ParsedCommand } from './options';

/** Options virsh reads with vshCommandOptStringReq, which refuses an empty value. */
const STRING_REQ = new Set([
  'domain',
  'file',
  'mode',
  'new-name',
  'name',
  'xml',
  'desturi',
  'dname',
  'migrateuri',
  'snapshotname',
  'interface',
  'device',
  'state',
  'type',
  'dir',
  'path',
  'source',
  'memspec',
  'xmlfile',
  'checkpointname',
  'description',
  // cmdConsole reads --devname after the domain, before the state check (seed 609).
  'devname',
]);

/** Options of these names a command reads with plain vshCommandOptString ("" is the default URI). */
const NOT_REQ: Record<string, readonly string[]> = {
  connect: ['name'],
  'attach-disk': ['source'],
  // cmdNetworkUpdate reads --xml last, after the network, command, section and --parent-index.
  'net-update': ['xml'],
  // Read after the domain and --seconds (unsupported-data.ts checks it there).
  'domdirtyrate-calc': ['mode'],
  // cmdNumatune reads --mode after the domain (tuning-params.ts).
  numatune: ['mode'],
  // cmdDetachInterface reads them after the domain, and says it failed to detach (detach.ts).
  'detach-interface': ['type', 'mac'],
  // cmdDomblkinfo reads --device quietly: "" is no device.
  domblkinfo: ['device'],
  // cmdDomblkstat passes an empty --device on: the driver's summary statistics (seed 465).
  domblkstat: ['device'],
  // cmdSetUserSSHKeys reads --user before --file, after the domain (its refusal row checks both; seed 769).
  'set-user-sshkeys': ['file'],
};

/** Commands that read their string options themselves, in their own order (storage, network ports: lookups come first). */
const OWN_ORDER = /^(pool-|vol-|find-storage-pool-sources|nodedev-|iface-|net-port-)/;

/** Options a domain command reads before looking the domain up (shutdown and reboot read --mode first). */
const READ_BEFORE_DOMAIN = new Set(['mode']);
/** A command's own options read before its domain (cmdManagedSaveDefine reads the XML file first). */
const READ_BEFORE_DOMAIN_IN: Record<string, readonly string[]> = {
  'managedsave-define': ['xml'],
  'domif-getlink': ['interface'],
  // cmdScreenshot reads --file first, then --screen, then the domain (seed 273).
  screenshot: ['file'],
};
const readBefore = (k: string, command = '') =>
  READ_BEFORE_DOMAIN.has(k) || !!READ_BEFORE_DOMAIN_IN[command]?.includes(k);

/**
 * The first option vshCommandOptStringReq would refuse for being empty, in the order a handler
 * reads them: on a command without a domain, any; else those read before the domain
 * (`before`) or, once the domain is found, the others (`after`).
 */
export function emptyRequired(
  opts: ParsedCommand['opts'],
  when: 'before' | 'after',
  command?: string,
): string | undefined {
  if (command && OWN_ORDER.test(command)) return undefined;
  // A secret is looked up first too (secret-set-value reads --file after virshCommandOptSecret).
  const onDomain = opts.has('domain') || opts.has('secret');
  for (const [k, v] of opts) {
    if (v !== '' || !STRING_REQ.has(k) || k === 'domain' || NOT_REQ[command ?? '']?.includes(k)) continue;
    if (!onDomain || readBefore(k, command) === (when === 'before')) return k;
  }
  return undefined;
}
