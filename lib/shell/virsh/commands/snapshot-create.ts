import { SNAPSHOT_CREATE } from '../../../sim/ops/snapshot';
import { domainSnapshotCreateXml, SNAPSHOT_REDEFINE } from '../../../sim/ops/snapshot-create-xml';
import type { CmdCtx } from '../context';
import { parseDefaults, readXmlFile } from './define';
import type { VirshCommand } from './types';

const FLAGS: Record<string, number> = {
  redefine: SNAPSHOT_REDEFINE.redefine,
  current: SNAPSHOT_REDEFINE.current,
  'no-metadata': SNAPSHOT_CREATE.noMetadata,
  halt: SNAPSHOT_CREATE.halt,
  'disk-only': SNAPSHOT_CREATE.diskOnly,
  'reuse-external': SNAPSHOT_CREATE.reuseExternal,
  quiesce: SNAPSHOT_CREATE.quiesce,
  atomic: SNAPSHOT_CREATE.atomic,
  live: SNAPSHOT_CREATE.live,
  validate: SNAPSHOT_CREATE.validate,
};

const flagsOf = (c: CmdCtx) => Object.entries(FLAGS).reduce((bits, [opt, bit]) => (c.has(opt) ? bits | bit : bits), 0);

/**
 * cmdSnapshotCreate: the domain, the XML file (an empty `<domainsnapshot/>` without one), then
 * virDomainSnapshotCreateXML with the flags its options name. snapshot-create-as builds the same
 * document from options instead of a file.
 */
const snapshotCreate: VirshCommand = {
  name: 'snapshot-create',
  api: 'virDomainSnapshotCreateXML',
  xm: { none: 'xm has no snapshots (save/restore a checkpoint with xm save -c)' },
  xl: { none: 'xl has no snapshots (xl save -c keeps the domain running)' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const file = c.str('xmlfile');
    const xml = file === undefined ? '<domainsnapshot/>' : readXmlFile(c, file);
    if (xml === undefined) return false;
    const r = c.apply(domainSnapshotCreateXml(c.op(), d.uuid, xml, flagsOf(c), parseDefaults(c)));
    if (!r) return false;
    const from = file === undefined ? '' : ` from '${file}'`;
    c.extra(`Domain snapshot ${r.snapshot.name} created${from}`);
    return true;
  },
};

export const snapshotCreateCommands = [snapshotCreate];
