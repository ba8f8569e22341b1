export const BYTES_PER_MIB = 1024 * 1024;

export const mibToBytes = (mib: number): number => mib * BYTES_PER_MIB;
export const mibToPages = (mib: number, pageSize: number): number => (mib * BYTES_PER_MIB) / pageSize;
