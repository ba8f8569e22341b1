import { attachCommands } from './commands/attach';
import { blockcopyCommands } from './commands/blockcopy';
import { builtinCommands } from './commands/builtin';
import { checkpointCommands } from './commands/checkpoint';
import { checkpointQueryCommands } from './commands/checkpoint-query';
import { defineCommands } from './commands/define';
import { descCommands } from './commands/desc';
import { metadataCommands } from './commands/metadata';
import { detachCommands } from './commands/detach';
import { domstatsCommands } from './commands/domstats';
import { deviceCommands } from './commands/devices';
import { editCommands } from './commands/edit';
import { eventCommands } from './commands/events';
import { guestFsCommands } from './commands/guest-fs';
import { guestInputCommands } from './commands/guest-input';
import { hostCommands } from './commands/host';
import { hostCpuCommands } from './commands/host-cpu';
import { infoCommands } from './commands/info';
import { jobCommands } from './commands/jobs';
import { lifecycleCommands } from './commands/lifecycle';
import { linkCommands } from './commands/link';
import { mediaCommands } from './commands/media';
import { migrateCommands } from './commands/migrate';
import { monitorCommands } from './commands/monitor';
import { networkCommands } from './commands/networks';
import { networkPortCommands } from './commands/network-ports';
import { interfaceCommands } from './commands/interfaces';
import { nodedevCommands } from './commands/nodedev';
import { poolCommands } from './commands/pools';
import { poolSourceCommands } from './commands/pool-sources';
import { resourceCommands } from './commands/resources';
import { saveCommands } from './commands/save';
import { snapshotCommands } from './commands/snapshot';
import { snapshotCreateCommands } from './commands/snapshot-create';
import { consoleInputCommands } from './commands/console-input';
import { snapshotQueryCommands } from './commands/snapshot-query';
import { statsCommands } from './commands/stats';
import { tuningCommands } from './commands/tuning';
import { tuningParamCommands } from './commands/tuning-params';
import { deviceTuningCommands } from './commands/device-tuning';
import { iothreadCommands } from './commands/iothreads';
import { unsupportedCommands } from './commands/unsupported';
import { netDhcpLeases } from './commands/network-leases';
import { volumeCommands } from './commands/volumes';
import { volumeTransferCommands } from './commands/volume-transfer';
import type { VirshCommand } from './commands/types';
import { virshCommandSpec } from './options';

/** Every virsh command VirtLab simulates; usage and options come from virsh's own help data. */
export const virshCommands: readonly VirshCommand[] = [
  ...lifecycleCommands,
  ...saveCommands,
  ...defineCommands,
  ...infoCommands,
  ...resourceCommands,
  ...hostCommands,
  ...hostCpuCommands,
  ...statsCommands,
  ...tuningCommands,
  ...tuningParamCommands,
  ...deviceTuningCommands,
  ...iothreadCommands,
  ...deviceCommands,
  ...attachCommands,
  ...blockcopyCommands,
  ...detachCommands,
  ...mediaCommands,
  ...descCommands,
  ...metadataCommands,
  ...guestFsCommands,
  ...domstatsCommands,
  ...eventCommands,
  ...editCommands,
  ...checkpointCommands,
  ...checkpointQueryCommands,
  ...guestInputCommands,
  ...linkCommands,
  ...snapshotCommands,
  ...snapshotCreateCommands,
  ...consoleInputCommands,
  ...snapshotQueryCommands,
  ...jobCommands,
  ...monitorCommands,
  ...builtinCommands,
  ...migrateCommands,
  ...networkCommands,
  ...networkPortCommands,
  ...poolCommands,
  ...nodedevCommands,
  ...interfaceCommands,
  ...poolSourceCommands,
  ...volumeCommands,
  ...volumeTransferCommands,
  ...unsupportedCommands,
  // After the refusal table, whose row it keeps for the test driver.
  netDhcpLeases,
];

const byName = new Map(virshCommands.map((c) => [c.name, c]));
export const virshCommand = (name: string) => byName.get(name);

for (const c of virshCommands) if (!virshCommandSpec(c.name)) throw new Error(`virsh has no command ${c.name}`);
