import { advanceJobs, migrationEndsAt } from '../../../sim/ops/migrate/advance';
import { migrateStart } from '../../../sim/ops/migrate/start';
import { migrateResumePostcopy } from '../../../sim/ops/migrate/postcopy-failure';
import type { MigrationProgress } from '../../../sim/migration/progress';
import type { VirtError } from '../../../sim/result';
import type { World } from '../../../sim/types';
import { findHost } from '../../../sim/world';
import { migrateOptionChecks, testDriverMigrate } from './migrate-test';
import type { VirshCommand } from './types';

/** The host a destination URI names: its URI, its host name, or a bare name (`qemu+ssh://kvm2.lab/system`). */
export function hostForUri(world: World, uri: string): string | undefined {
  const byUri = world.hosts.find((h) => h.uri === uri);
  if (byUri) return byUri.name;
  const m = /^[a-z+]+:\/\/(?:[^@/]*@)?([^/:]+)/.exec(uri);
  const name = m ? m[1] : uri;
  return world.hosts.find((h) => h.hostname === name || h.name === name || h.address === name)?.name;
}

const migrate: VirshCommand = {
  name: 'migrate',
  action: 'migrate',
  xm: 'xm migrate {live-flag}{domain} {target}',
  xl: 'xl migrate {domain} {target}',
  /*
   * xm migrate: "-l, --live" and "-r, --resource=Mbs" (Xen 4.4 migrate.py); xl migrate: -C, -s, -e,
   * --debug and no --live — its migration is always live (xl_cmdtable.c). Neither defines the
   * domain on the target, undefines it on the source, or knows libvirt's QEMU tuning flags.
   */
  flags: {
    live: { xm: '', xl: '' },
    '!live': { xm: '', xl: { none: 'xl migrate is always live: xl has no non-live migration' } },
    offline: {
      xm: { none: 'xm migrate moves a running domain; there is no definition-only migration' },
      xl: { none: 'xl keeps no definitions: copy /etc/xen/{domain}.cfg to the target' },
    },
    persistent: {
      xm: { none: 'xm migrate does not define the domain on the target: xm new its config there' },
      xl: { none: 'xl keeps no definitions: the config file stays in /etc/xen' },
    },
    undefinesource: {
      xm: { none: 'xm migrate keeps the definition on the source: xm delete {domain} there' },
      xl: { none: 'xl keeps no definitions: the config file stays in /etc/xen' },
    },
    suspend: {},
    'auto-converge': {},
    postcopy: {},
    timeout: {},
    bandwidth: {
      xm: { none: 'xm migrate -r sets a resource level in Mb/s, not a bandwidth cap in MiB/s' },
    },
  },
  run(c) {
    if (!migrateOptionChecks(c)) return false;
    const d = c.domain();
    if (!d) return false;
    const desturi = c.str('desturi')!;
    const timeout = c.uint('timeout');
    if (timeout === null) return false;
    if (timeout && !c.has('live')) {
      c.error('migrate: Unexpected timeout for offline migration');
      return false;
    }
    if (c.host().driver === 'test') return testDriverMigrate(c, desturi);
    const bandwidth = c.uint('bandwidth');
    if (bandwidth === null) return false;
    if (c.has('postcopy-resume')) {
      if (!c.apply(migrateResumePostcopy(c.op(), d.uuid))) return false;
      return waitForJob(c, d.uuid);
    }
    const target = hostForUri(c.s.world, desturi) ?? desturi;
    const live = c.has('live');
    const refused = flagRefusal(c.host().driver, {
      live,
      offline: c.has('offline'),
      autoConverge: c.has('auto-converge'),
      postcopy: c.has('postcopy'),
      suspend: c.has('suspend'),
    });
    if (refused) {
      c.libvirtError(refused);
      return false;
    }
    const started = c.apply(
      migrateStart(c.op(), {
        uuid: d.uuid,
        target,
        live,
        offline: c.has('offline'),
        persistent: c.has('persistent'),
        // virsh's --timeout suspends a live migration's guest, which a non-live one has already paused;
        // auto-converge throttles only a running guest; --bandwidth 0 is libvirt's default (no cap).
        undefineSource: c.has('undefinesource'),
        suspend: c.has('suspend'),
        timeoutS: live && timeout ? timeout : undefined,
        autoConverge: live && c.has('auto-converge'),
        postcopy: c.has('postcopy'),
        bandwidthMibps: bandwidth || undefined,
      }),
    );
    if (!started) return false;
    return waitForJob(c, d.uuid);
  },
};

/** virsh migrate waits for the job; a migration that never converges keeps running (see domjobinfo, domjobabort). */
function waitForJob(c: Parameters<VirshCommand['run']>[0], uuid: string): boolean {
  const moving = findHost(c.s.world, c.host().name)!.domains.find((x) => x.uuid === uuid)!;
  const end = migrationEndsAt(moving);
  // In the background (the API) the job is left running for the UI to watch.
  if (end !== null && !c.s.background) {
    // A millisecond past the plan's end: at epoch-sized clocks, start + duration can round below it.
    c.s.world = advanceJobs(c.s.world, end + 1).world;
    if (c.has('verbose')) c.print('Migration: [100 %]\n');
  }
  return true;
}

/** VIR_MIGRATE_* bits libxl's driver does not take (LIBXL_MIGRATION_FLAGS), and QEMU's post-copy rule. */
const XEN_UNSUPPORTED = { offline: 0x400, autoConverge: 0x2000, postcopy: 0x8000 } as const;
type FlagSet = { live: boolean; offline: boolean; autoConverge: boolean; postcopy: boolean; suspend: boolean };

export function flagRefusal(driver: string, f: FlagSet): VirtError | null {
  if (driver === 'xen') {
    const bits = (Object.keys(XEN_UNSUPPORTED) as (keyof typeof XEN_UNSUPPORTED)[])
      .filter((k) => f[k])
      .reduce((a, k) => a | XEN_UNSUPPORTED[k], 0);
    // virCheckFlags's words, with no "invalid argument:" prefix (as every recorded refusal shows).
    if (bits)
      return {
        code: 'INVALID_ARG',
        message: `unsupported flags (0x${bits.toString(16)}) in function libxlDomainMigrateBegin3Params`,
      };
  }
  // qemuMigrationSrcBegin: post-copy needs a live migration of a guest that stays running.
  if (f.postcopy && (!f.live || f.suspend))
    return {
      code: 'ARGUMENT_UNSUPPORTED',
      message: 'argument unsupported: post-copy migration is not supported with non-live or paused migration',
    };
  return null;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(3)} MiB`;
const row = (label: string, value: string) => `${`${label}:`.padEnd(17)} ${value}\n`;

/** `virsh domjobinfo` on the destination while the guest arrives (modelled: the job runs, for so long). */
export const formatIncomingJobInfo = (elapsedMs: number) =>
  row('Job type', 'Unbounded'.padEnd(12)) +
  row('Operation', 'Incoming migration') +
  row('Time elapsed', `${String(elapsedMs).padEnd(12)} ms`);

/**
 * `virsh domjobinfo` for a migration job, in virsh 9.0's layout (label column of 17). `incoming`:
 * asked on the destination, whose job is the incoming side (VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN).
 */
export function formatMigrationJobInfo(p: MigrationProgress, completed: boolean, incoming = false): string {
  // virsh prints these two as "%-17s %-12s".
  let out =
    row('Job type', (completed ? 'Completed' : 'Unbounded').padEnd(12)) +
    row('Operation', (incoming ? 'Incoming migration' : 'Outgoing migration').padEnd(12));
  out += row('Time elapsed', `${String(p.time_elapsed).padEnd(12)} ms`);
  out +=
    row('Data processed', mib(p.data_processed)) +
    row('Data remaining', mib(p.data_remaining)) +
    row('Data total', mib(p.data_total));
  out +=
    row('Memory processed', mib(p.memory_processed)) +
    row('Memory remaining', mib(p.memory_remaining)) +
    row('Memory total', mib(p.memory_total));
  out += row('Memory bandwidth', `${(p.memory_bps / 1048576).toFixed(3)} MiB/s`);
  out += row('Dirty rate', `${String(Math.round(p.memory_dirty_rate)).padEnd(12)} pages/s`);
  out += row('Page size', `${String(p.memory_page_size).padEnd(12)} bytes`);
  out += row('Iteration', String(p.memory_iteration));
  out += completed
    ? row('Total downtime', `${String(Math.round(p.downtime)).padEnd(12)} ms`)
    : row('Expected downtime', `${String(Math.round(p.downtime)).padEnd(12)} ms`);
  return out;
}

export const migrateCommands = [migrate];
