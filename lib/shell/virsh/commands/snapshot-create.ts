import { SNAPSHOT_CREATE } from '../../../sim/ops/snapshot';
import { domainSnapshotCreateXml, SNAPSHOT_REDEFINE } from '../../../sim/ops/snapshot-create-xml';
import type { CmdCtx } from '../context';
import { parseDefaults, readXmlFile } from './define';
import type { VirshCommand } from './types';

/** Each option names its flag in kebab case (--no-metadata is noMetadata); snapshot-create-as lacks --redefine/--current. */
const FLAGS = { ...SNAPSHOT_REDEFINE, ...SNAPSHOT_CREATE };

const flagsOf = (c: CmdCtx) =>
  Object.entries(FLAGS).reduce(
    (bits, [key, bit]) => (c.has(key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)) ? bits | bit : bits),
    0,
  );

/** The document to create from, and how virsh's report names where it came from. */
type Source = { xml: string; from?: string };

/**
 * What snapshot-create and snapshot-create-as share: the domain first, then the document `source`
 * reads or builds (false: it failed, true: it answered itself, as --print-xml does), then
 * virDomainSnapshotCreateXML with the flags the options name and virsh's report.
 */
export function snapshotCreator(name: string, source: (c: CmdCtx) => Source | boolean): VirshCommand {
  return {
    name,
    api: 'virDomainSnapshotCreateXML',
    xm: { none: 'xm has no snapshots (save/restore a checkpoint with xm save -c)' },
    xl: { none: 'xl has no snapshots (xl save -c keeps the domain running)' },
    run(c) {
      const d = c.domain();
      if (!d) return false;
      const doc = source(c);
      if (typeof doc === 'boolean') return doc;
      const fs = c.s.fs;
      const regular = (p: string) => fs.read(fs.resolve(p)).ok;
      const r = c.apply(domainSnapshotCreateXml(c.op(), d.uuid, doc.xml, flagsOf(c), parseDefaults(c), regular));
      if (!r) return false;
      c.extra(`Domain snapshot ${r.snapshot.name} created${doc.from ?? ''}`);
      return true;
    },
  };
}

/** cmdSnapshotCreate: the XML file (an empty `<domainsnapshot/>` without one). */
const snapshotCreate = snapshotCreator('snapshot-create', (c) => {
  const file = c.str('xmlfile');
  if (file === undefined) return { xml: '<domainsnapshot/>' };
  const xml = readXmlFile(c, file);
  return xml === undefined ? false : { xml, from: ` from '${file}'` };
});

export const snapshotCreateCommands = [snapshotCreate];
