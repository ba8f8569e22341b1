import { invalidArg, ok, operationInvalid, unsupported, type Result } from '../result';
import { isActive } from '../states';
import type { Domain, Host } from '../types';
import { domainOf, hostOf, type OpContext } from './context';

/**
 * Read-only statistics APIs. The test driver fakes them: fixed figures, or figures derived
 * from the wall clock (g_get_real_time(), microseconds) so that they grow between calls.
 */
const activeDomain = (ctx: OpContext, uuid: string): Result<Domain> => {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  return isActive(found.value.state) ? found : operationInvalid('domain is not running');
};
const realTimeUs = (ctx: OpContext) => BigInt(Math.floor(ctx.now)) * 1000n;

/** virDomainMemoryStats: balloon figures, reported only when the guest has a memory balloon. */
export function domainMemoryStats(ctx: OpContext, uuid: string): Result<Array<[string, number]>> {
  const d = activeDomain(ctx, uuid);
  if (!d.ok) return d;
  const def = d.value.live!;
  // QEMU adds a virtio balloon to every guest unless told `none`; the test driver reports only an explicit one.
  const balloon = def.memballoon ? def.memballoon.model !== 'none' : hostOf(ctx).driver !== 'test';
  if (!balloon) return ok([]);
  const cur = def.currentMemoryKiB;
  return ok([
    ['actual', cur],
    ['swap_in', 0],
    ['swap_out', 0],
    ['major_fault', 0],
    ['minor_fault', 0],
    ['unused', Math.floor(cur / 2)],
    ['available', cur],
    ['usable', Math.floor(cur / 2)],
    // The test driver's guests keep a fixed clock (testDomainObjPrivateAlloc); others report now.
    ['last_update', hostOf(ctx).driver === 'test' ? 627319920 : Math.floor(ctx.now / 1000)],
    ['disk_caches', Math.floor(cur / 8)],
    ['hugetlb_pgalloc', 0],
    ['hugetlb_pgfail', 0],
    ['rss', Math.floor(cur / 2)],
  ]);
}

/** TEST_TOTAL_CPUTIME: the test driver's fixed cpu_time of every domain, in ns. */
const TEST_TOTAL_CPUTIME = 48772617035n;

/** How many host CPUs virDomainGetCPUStats reports (the test driver uses nodeinfo's cores). */
export const cpuStatsCpus = (h: Host) =>
  h.driver === 'test' ? h.cpu.cores : h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;

export interface CpuStats {
  total: Array<[string, bigint]>;
  perCpu: (cpu: number) => Array<[string, bigint]>;
  cpus: number;
}

/** virDomainGetCPUStats: per-CPU cpu_time/vcpu_time and the domain's total. */
export function domainCpuStats(ctx: OpContext, uuid: string, cpuTimeNs?: number): Result<CpuStats> {
  const d = activeDomain(ctx, uuid);
  if (!d.ok) return d;
  const host = hostOf(ctx);
  const cpus = cpuStatsCpus(host);
  // Other drivers: the domain's CPU time (as dominfo shows it), spread over the host's CPUs.
  const total = host.driver === 'test' || cpuTimeNs === undefined ? TEST_TOTAL_CPUTIME : BigInt(Math.round(cpuTimeNs));
  const per = total / BigInt(cpus);
  const userSystem: [bigint, bigint] = host.driver === 'test' ? [5540000000n, 6460000000n] : [total / 9n, total / 8n];
  return ok({
    cpus,
    total: [
      ['cpu_time', total],
      ['user_time', userSystem[0]],
      ['system_time', userSystem[1]],
    ],
    perCpu: (i) =>
      host.driver === 'test'
        ? [
            ['cpu_time', per + BigInt(i)],
            ['vcpu_time', per + BigInt(i) - 1234567890n],
          ]
        : [
            ['cpu_time', per],
            ['vcpu_time', (per * 19n) / 20n],
          ],
  });
}

/** virDomainBlockStats (testDomainBlockStats): `path` is a target (vda) or a source path. */
export function domainBlockStats(ctx: OpContext, uuid: string, path: string): Result<Array<[string, bigint]>> {
  if (!path) return unsupported('summary statistics are not supported yet');
  const d = activeDomain(ctx, uuid);
  if (!d.ok) return d;
  if (!d.value.live!.disks.some((k) => k.target === path || (k.source !== '' && k.source === path))) {
    return invalidArg(`invalid path: ${path}`);
  }
  const t = realTimeUs(ctx);
  return ok([
    ['rd_req', t / 10n],
    ['rd_bytes', t / 20n],
    ['wr_req', t / 30n],
    ['wr_bytes', t / 40n],
    ['errs', t / 2000000n],
  ]);
}

/** virDomainInterfaceStats (testDomainInterfaceStats): by interface name or MAC (virDomainNetFind). */
export function domainInterfaceStats(ctx: OpContext, uuid: string, device: string): Result<Array<[string, bigint]>> {
  const d = activeDomain(ctx, uuid);
  if (!d.ok) return d;
  const mac = parseMac(device);
  const net = d.value.live!.interfaces.find((n) => (mac ? parseMac(n.mac) === mac : n.target === device));
  if (!net) return invalidArg(`'${device}' is not a known interface`);
  const t = realTimeUs(ctx);
  return ok([
    ['rx_bytes', t / 10n],
    ['rx_packets', t / 100n],
    ['rx_errs', t / 1000000n],
    ['rx_drop', t / 2000000n],
    ['tx_bytes', t / 20n],
    ['tx_packets', t / 110n],
    ['tx_errs', t / 3000000n],
    ['tx_drop', t / 4000000n],
  ]);
}

/** virMacAddrParse: six hex octets separated by colons, one or two digits each; normalised. */
export function parseMac(s: string): string | null {
  const parts = s.split(':');
  if (parts.length !== 6 || !parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return null;
  return parts.map((p) => p.toLowerCase().padStart(2, '0')).join(':');
}

export interface BlockInfo {
  capacity: bigint;
  allocation: bigint;
  physical: bigint;
}

/** virDomainGetBlockInfo (testDomainGetBlockInfo): fixed figures for any assigned disk. */
export function domainBlockInfo(ctx: OpContext, uuid: string, path: string): Result<BlockInfo> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const def = found.value.live ?? found.value.config!;
  const disk = def.disks.find((k) => k.target === path || (k.source !== '' && k.source === path));
  if (!disk) return invalidArg(`invalid path ${path} not assigned to domain`);
  if (disk.source === '') return invalidArg(`disk '${disk.target}' does not currently have a source assigned`);
  return ok({ capacity: 1099506450432n, allocation: 1099511627776n, physical: 1099511627776n });
}
