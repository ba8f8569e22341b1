import type { Host } from './types';

/** The host's logical CPUs as nodeinfo counts them: NUMA nodes × sockets × cores × threads. */
export const hostCpuCount = (h: Host) => h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
