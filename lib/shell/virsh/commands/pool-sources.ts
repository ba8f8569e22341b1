import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from '../../../sim/xml/parser-options';
import type { VirtError } from '../../../sim/result';
import { poolTypes } from '../../../sim/storage/pool-types';
import { checkWellFormed } from '../../../sim/xml/parse';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { poolsHere, reqString } from './pool-lookup';
import type { VirshCommand } from './types';

/** testConnectFindStoragePoolSources' fixed answers (defaultPoolSourcesLogicalXML / …NetFSXML). */
const LOGICAL = `<sources>
  <source>
    <device path='/dev/sda20'/>
    <name>testvg1</name>
    <format type='lvm2'/>
  </source>
  <source>
    <device path='/dev/sda21'/>
    <name>testvg2</name>
    <format type='lvm2'/>
  </source>
</sources>
`;
const netfs = (host: string) => `<sources>
  <source>
    <host name='${host}'/>
    <dir path='/testshare'/>
    <format type='nfs'/>
  </source>
</sources>
`;

const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'host',
});

/** The <source> document's first host name, or libvirt's refusal of the document. */
function sourceHost(spec: string, type: string): { host?: string } | VirtError {
  const well = checkWellFormed(spec, '(storage_source_specification)');
  if (!well.ok) return well.error;
  const doc = parser.parse(spec) as Record<string, Record<string, unknown>>;
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  if (root !== 'source')
    return { code: 'XML_ERROR', message: `XML error: expecting root element of 'source', not '${root ?? ''}'` };
  // virStoragePoolDefParseSourceString reads the document with the type's options.
  if (!poolTypes[type]) return { code: 'INTERNAL_ERROR', message: 'internal error: missing backend for pool type -1' };
  // virStoragePoolDefParseSource reads the name (an RBD pool needs one) before the hosts (seed 481).
  if (type === 'rbd' && doc.source?.name === undefined)
    return { code: 'XML_ERROR', message: "XML error: element 'name' is mandatory for RBD pool" };
  const hosts = (doc.source?.host as Record<string, string>[] | undefined) ?? [];
  const port = hosts.map((h) => h['@port']).find((p) => p !== undefined && !/^[+-]?\d+$/.test(p.trim()));
  if (port !== undefined)
    return {
      code: 'XML_ERROR',
      message: `XML error: Invalid value for attribute 'port' in element 'host': '${port}'. Expected integer value`,
    };
  return { host: hosts[0]?.['@name'] };
}

/** The driver's answer for a pool type and an optional source document. */
function discover(c: CmdCtx, type: string, spec: string | undefined): boolean {
  const fail = (e: VirtError) => {
    c.error(`Failed to find any ${type} pool sources`);
    c.libvirtError(e);
    return false;
  };
  if (c.refuseReadonly(`Failed to find any ${type} pool sources`)) return false;
  // virStoragePoolTypeFromString: dir is type 0, which the test driver takes for "unknown".
  if (type === 'dir') return fail({ code: 'INTERNAL_ERROR', message: 'internal error: unknown storage pool type dir' });
  const src = spec === undefined ? {} : sourceHost(spec, type);
  if ('code' in src) return fail(src);
  if (type === 'logical' && poolTypes[type]) {
    c.print(LOGICAL);
    return true;
  }
  if (type === 'netfs') {
    if (!src.host)
      return fail({ code: 'INVALID_ARG', message: 'invalid argument: hostname must be specified for netfs sources' });
    c.print(netfs(src.host));
    return true;
  }
  return fail({
    code: 'NO_SUPPORT',
    message: `this function is not supported by the connection driver: pool type '${type}' does not support source discovery`,
  });
}

const none = { none: 'Xen has no storage pool source discovery' };

export const poolSourceCommands: VirshCommand[] = [
  {
    name: 'find-storage-pool-sources',
    api: 'virConnectFindStoragePoolSources',
    xm: none,
    xl: none,
    run(c) {
      if (!poolsHere(c)) return false;
      const type = reqString(c, 'type');
      const file = type == null ? null : reqString(c, 'srcSpec');
      if (type == null || file === null) return false;
      const spec = file === undefined ? undefined : readXmlFile(c, file);
      if (file !== undefined && spec === undefined) return false;
      return discover(c, type, spec);
    },
  },
  {
    name: 'find-storage-pool-sources-as',
    api: 'virConnectFindStoragePoolSources',
    xm: none,
    xl: none,
    run(c) {
      if (!poolsHere(c)) return false;
      const [type, host, initiator] = ['type', 'host', 'initiator'].map((o) => reqString(c, o));
      if (type == null || host === null || initiator === null) return false;
      if (host === undefined) return discover(c, type, undefined);
      const port = reqString(c, 'port');
      if (port === null) {
        c.error('missing argument');
        return false;
      }
      const lines = ['<source>', `  <host name='${host}'${port !== undefined ? ` port='${port}'` : ''}/>`];
      if (initiator !== undefined) lines.push('  <initiator>', `    <iqn name='${initiator}'/>`, '  </initiator>');
      lines.push('</source>');
      return discover(c, type, `${lines.join('\n')}\n`);
    },
  },
];
