import { type CheckpointSpec, domainCheckpointCreate, domainCheckpointDelete } from '../../../sim/ops/checkpoint';
import type { Domain } from '../../../sim/types';
import { escapeXml } from '../../../sim/xml/escape';
import { exclusiveFlags, unsupportedFlags } from '../../../sim/result';
import { momentSchemaError } from '../../../sim/xml/moment-schema';
import { checkWellFormed } from '../../../sim/xml/parse';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { diskOpen, fields } from './snapshot-xml';
import { checkpointTarget, checkpointXmlDoc } from './checkpoint-query';
import { editText } from './desc';
import type { VirshCommand } from './types';

/** virDomainCheckpointDefParseString always validates against domaincheckpoint.rng, right after the root. */
function schemaRefused(c: CmdCtx, xml: string): boolean {
  const schema = momentSchemaError(xml, 'domaincheckpoint');
  if (schema) c.libvirtError({ code: 'XML_ERROR', message: schema });
  return schema !== undefined;
}

function create(c: CmdCtx, d: Domain, spec: CheckpointSpec, from?: string): boolean {
  const r = c.apply(domainCheckpointCreate(c.op(), d.uuid, spec));
  if (!r) return false;
  c.extra(`Domain checkpoint ${r.checkpoint.name} created${from ? ` from '${from}'` : ''}`);
  return true;
}

/** virshParseCheckpointDiskspec: `name[,checkpoint=no|bitmap][,bitmap=NAME]`. */
type SpecDisk = NonNullable<CheckpointSpec['disks']>[number];
/** A diskspec's disk; an empty diskspec gives one without a name (printed as a bare `/>`, refused by the schema). */
type ParsedDisk = SpecDisk & { nameless?: true };

function diskspec(c: CmdCtx, spec: string): ParsedDisk | undefined {
  const [name, ...rest] = fields(spec);
  const disk: ParsedDisk = name === undefined ? { name: '', nameless: true } : { name };
  for (const kv of rest) {
    if (kv.startsWith('checkpoint=')) disk.checkpoint = kv.slice(11) as 'no';
    else if (kv.startsWith('bitmap=')) disk.bitmap = kv.slice(7);
    else {
      c.error(`unable to parse diskspec: ${spec}`);
      return undefined;
    }
  }
  return disk;
}

/** The document virsh builds from checkpoint-create-as's options. */
function checkpointXml(spec: CheckpointSpec): string {
  const attr = (k: string, v?: string) => (v === undefined ? '' : ` ${k}='${escapeXml(v)}'`);
  const lines = [
    '<domaincheckpoint>',
    ...(spec.name !== undefined ? [`  <name>${escapeXml(spec.name)}</name>`] : []),
    ...(spec.description !== undefined ? [`  <description>${escapeXml(spec.description)}</description>`] : []),
    ...(spec.disks
      ? [
          '  <disks>',
          ...spec.disks.map(
            (k) =>
              `    ${diskOpen((k as ParsedDisk).nameless ? undefined : k.name)}${attr('checkpoint', k.checkpoint)}${attr('bitmap', k.bitmap)}/>`,
          ),
          '  </disks>',
        ]
      : []),
    '</domaincheckpoint>',
  ];
  return `${lines.join('\n')}\n`;
}

const checkpointCreateAs: VirshCommand = {
  name: 'checkpoint-create-as',
  api: 'virDomainCheckpointCreateXML',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const disks = c.argv('diskspec').map((s) => diskspec(c, s));
    if (disks.some((x) => !x)) return false;
    const spec: CheckpointSpec = {
      ...(c.str('name') !== undefined ? { name: c.str('name') } : {}),
      ...(c.str('description') !== undefined ? { description: c.str('description') } : {}),
      ...(disks.length ? { disks: disks as NonNullable<CheckpointSpec['disks']> } : {}),
    };
    const xml = checkpointXml(spec);
    if (c.has('print-xml')) {
      c.print(`${xml}\n`);
      return true;
    }
    if (schemaRefused(c, xml)) return false;
    return create(c, d, spec);
  },
};

/** cmdCheckpointCreate: the XML file (an empty `<domaincheckpoint/>` without one). */
const checkpointCreate: VirshCommand = {
  name: 'checkpoint-create',
  api: 'virDomainCheckpointCreateXML',
  // VSH_REQUIRE_OPTION at the handler's top: before the domain and the file.
  before: (c) => c.requires('redefine-validate', 'redefine'),
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const file = c.str('xmlfile');
    const xml = file === undefined ? '<domaincheckpoint/>' : readXmlFile(c, file);
    if (xml === undefined) return false;
    // virDomainCheckpointCreateXML (libvirt.c) checks its flags before the driver reads the document.
    if (c.has('redefine') && c.has('quiesce')) {
      const flag = (f: string) => `VIR_DOMAIN_CHECKPOINT_CREATE_${f}`;
      return c.apply(exclusiveFlags(flag('REDEFINE'), flag('QUIESCE'))) !== undefined;
    }
    // testDomainCheckpointCreateXML's virCheckFlags takes REDEFINE and QUIESCE only (seed 473).
    if (c.has('redefine-validate') && c.host().driver === 'test')
      return c.apply(unsupportedFlags(4, 'testDomainCheckpointCreateXML')) !== undefined;
    const doc = checkWellFormed(xml, '(domain_checkpoint)');
    if (!doc.ok) {
      c.libvirtError(doc.error);
      return false;
    }
    const top = Object.keys(doc.value).find((k) => !k.startsWith('?'));
    if (top !== 'domaincheckpoint') {
      c.libvirtError({
        code: 'XML_ERROR',
        message: `XML error: expecting root element of 'domaincheckpoint', not '${top ?? ''}'`,
      });
      return false;
    }
    if (schemaRefused(c, xml)) return false;
    const root = (doc.value.domaincheckpoint ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof root[k] === 'string' ? (root[k] as string) : undefined);
    if (c.has('redefine') && text('creationTime') === undefined) {
      c.libvirtError({
        code: 'INTERNAL_ERROR',
        message: 'internal error: missing creationTime from existing checkpoint',
      });
      return false;
    }
    const disks = ((root.disks as { disk?: Record<string, string>[] } | undefined)?.disk ?? []).map((k) => ({
      name: k['@name'],
      ...(k['@checkpoint'] ? { checkpoint: k['@checkpoint'] as 'no' } : {}),
      ...(k['@bitmap'] ? { bitmap: k['@bitmap'] } : {}),
    }));
    const spec: CheckpointSpec = {
      ...(text('name') !== undefined ? { name: text('name') } : {}),
      ...(text('description') !== undefined ? { description: text('description') } : {}),
      ...(disks.length ? { disks } : {}),
    };
    return create(c, d, spec, file);
  },
};

const checkpointDelete: VirshCommand = {
  name: 'checkpoint-delete',
  api: 'virDomainCheckpointDelete',
  run(c) {
    const t = checkpointTarget(c);
    if (!t) return false;
    const mode = { children: c.has('children'), childrenOnly: c.has('children-only') };
    const failLine = mode.childrenOnly
      ? `Failed to delete checkpoint children of ${t.cp.name}`
      : `Failed to delete checkpoint ${t.cp.name}`;
    if (!c.apply(domainCheckpointDelete(c.op(), t.d.uuid, t.cp.name, mode), failLine)) return false;
    c.extra(
      mode.childrenOnly
        ? `Domain checkpoint ${t.cp.name} children deleted\n`
        : `Domain checkpoint ${t.cp.name} deleted\n`,
    );
    return true;
  },
};

/** cmdCheckpointEdit: unchanged by VirtLab's default editor; a changed checkpoint is not redefined here. */
const checkpointEdit: VirshCommand = {
  name: 'checkpoint-edit',
  api: 'virDomainCheckpointCreateXML',
  run(c) {
    const t = checkpointTarget(c);
    if (!t) return false;
    const xml = checkpointXmlDoc(t.cp, true);
    const edited = editText(c, xml);
    if (edited === undefined) return false;
    if (edited !== xml) {
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    c.extra(`Checkpoint ${t.cp.name} XML configuration not changed.\n`);
    return true;
  },
};

export const checkpointCommands: VirshCommand[] = [
  checkpointCreateAs,
  checkpointCreate,
  checkpointDelete,
  checkpointEdit,
];
