import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeHostFs } from './host-fs';
import { memoryFs } from '../shell/host-fs';
import { overlayFs } from '../shell/host-fs-overlay';
import { advanceJobs } from '../sim/ops/migrate/advance';
import type { World } from '../sim/types';
import { findHost, updateHost } from '../sim/world';
import { bootedAnHourAgo } from '../sim/worlds/builders';
import { labWorld } from '../sim/worlds/lab';
import type { XenCliInput, XenCliOutput } from '../shell/xen-cli';

/** Paths that are the simulated Xen host's own files (configs, autostart links, xend's lock). */
const HOST_PATHS = ['/etc/xen', '/var/lib/xen', '/var/lib/xend', '/var/lock'];

/**
 * Runs `xm` or `xl` as a command-line program on a lab host: XEN_HOST picks the host (default
 * xen1). The lab is fresh for every run unless VIRTLAB_WORLD names a JSON file, which is read
 * before and written after (so `xm pause` and a later `xm list` see the same world).
 */
export function runXenCli(tool: 'xm' | 'xl', main: (i: XenCliInput) => XenCliOutput): void {
  const now = Date.now();
  const hostName = process.env.XEN_HOST ?? 'xen1';
  const stateFile = process.env.VIRTLAB_WORLD;
  let world: World;
  try {
    world =
      stateFile && existsSync(stateFile)
        ? (JSON.parse(readFileSync(stateFile, 'utf8')) as World)
        : bootedAnHourAgo(labWorld(), now);
  } catch {
    process.stderr.write(`${tool}: VIRTLAB_WORLD=${stateFile} is not a VirtLab world (JSON)\n`);
    process.exitCode = 2;
    return;
  }
  world = advanceJobs(world, now).world;
  if (!findHost(world, hostName)) {
    process.stderr.write(
      `${tool}: no lab host '${hostName}' (XEN_HOST); the lab has ${world.hosts.map((h) => h.name).join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const hostFiles = memoryFs(findHost(world, hostName)!.files, (files) => {
    world = updateHost(world, hostName, (h) => ({ ...h, files }));
  });
  const fs = overlayFs(hostFiles, nodeHostFs(process.env.INIT_CWD ?? process.cwd()), HOST_PATHS);
  const r = main({ argv: process.argv.slice(2), world, host: hostName, fs, now });
  const files = findHost(world, hostName)!.files;
  world = { ...r.world, hosts: r.world.hosts.map((h) => (h.name === hostName ? { ...h, files } : h)) };
  if (stateFile) writeFileSync(stateFile, JSON.stringify(world));
  process.stdout.write(Buffer.from(r.stdout, 'latin1'));
  process.stderr.write(Buffer.from(r.stderr, 'latin1'));
  process.exitCode = r.status;
}
