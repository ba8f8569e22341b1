/**
 * libvirt's storage pool types (storage_conf.c, poolTypeInfo): which parts of `<source>` a type
 * keeps, its default source format and the formats it accepts. The parser and the formatter both
 * read this table, so a part a type does not keep is neither stored nor printed.
 */
export interface PoolTypeInfo {
  host?: boolean;
  device?: boolean;
  dir?: boolean;
  adapter?: boolean;
  name?: boolean;
  initiator?: boolean;
  /** VIR_STORAGE_POOL_SOURCE_NETWORK: no local target path. */
  network?: boolean;
  formats?: readonly string[];
}

const fsFormats = [
  'auto',
  'ext2',
  'ext3',
  'ext4',
  'ufs',
  'iso9660',
  'udf',
  'gfs',
  'gfs2',
  'vfat',
  'hfs+',
  'xfs',
  'ocfs2',
  'vmfs',
] as const;

export const poolTypes: Record<string, PoolTypeInfo> = {
  dir: {},
  fs: { device: true, formats: fsFormats },
  netfs: { host: true, dir: true, formats: ['auto', 'nfs', 'glusterfs', 'cifs'] },
  logical: { name: true, device: true, formats: ['unknown', 'lvm2'] },
  disk: { device: true, formats: ['unknown', 'dos', 'dvh', 'gpt', 'mac', 'bsd', 'pc98', 'sun', 'lvm2'] },
  iscsi: { host: true, device: true, initiator: true },
  'iscsi-direct': { host: true, device: true, network: true, initiator: true },
  scsi: { adapter: true },
  mpath: {},
  rbd: { host: true, network: true, name: true },
  sheepdog: { host: true, network: true, name: true },
  gluster: { host: true, network: true, name: true, dir: true },
  zfs: { name: true, device: true },
  vstorage: { name: true },
};

/** The format a type assumes when the XML names none (options->defaultFormat). */
export const defaultPoolFormat: Record<string, string> = {
  fs: 'auto',
  netfs: 'auto',
  logical: 'lvm2',
  disk: 'unknown',
};

/** virStorageVolFormat for file-based pools: libvirt's virStorageFileFormat names (a snapshot disk's driver takes them too, but 'none': xml/snapshot-parse.ts). */
export const volumeFormats = [
  'none',
  'raw',
  'dir',
  'bochs',
  'cloop',
  'dmg',
  'iso',
  'vpc',
  'vdi',
  'fat',
  'vhd',
  'ploop',
  'cow',
  'qcow',
  'qcow2',
  'qed',
  'vmdk',
] as const;
