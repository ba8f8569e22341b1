import type { CmdCtx } from '../context';
import { reqString } from './pool-lookup';

const OPTS = [
  'source-host',
  'source-path',
  'source-dev',
  'source-name',
  'source-format',
  'target',
  'auth-type',
  'auth-username',
  'secret-usage',
  'secret-uuid',
  'adapter-name',
  'adapter-wwnn',
  'adapter-wwpn',
  'adapter-parent',
  'adapter-parent-wwnn',
  'adapter-parent-wwpn',
  'adapter-parent-fabric-wwn',
  'source-protocol-ver',
  'source-initiator',
] as const;

/**
 * virshBuildPoolXML: the XML pool-define-as and pool-create-as send, built as virsh builds it
 * (values are not escaped: a name with `<` makes XML the driver refuses).
 */
export function buildPoolXml(c: CmdCtx): { name: string; xml: string } | undefined {
  if (!c.exclusive('secret-usage', 'secret-uuid')) return undefined;
  const name = reqString(c, 'name');
  const type = name == null ? null : reqString(c, 'type');
  if (name == null || type == null) return undefined;
  const o: Partial<Record<(typeof OPTS)[number], string>> = {};
  for (const k of OPTS) {
    const v = reqString(c, k);
    if (v === null) return undefined;
    if (v !== undefined) o[k] = v;
  }
  const out = [`<pool type='${type}'>`, `  <name>${name}</name>`];
  const fc = o['adapter-wwnn'] !== undefined && o['adapter-wwpn'] !== undefined;
  const src: string[] = [];
  if (o['source-host'] !== undefined) src.push(`<host name='${o['source-host']}'/>`);
  if (o['source-path'] !== undefined) src.push(`<dir path='${o['source-path']}'/>`);
  if (o['source-dev'] !== undefined) src.push(`<device path='${o['source-dev']}'/>`);
  if (o['source-initiator'] !== undefined)
    src.push('<initiator>', `  <iqn name='${o['source-initiator']}'/>`, '</initiator>');
  if (fc) {
    const parent =
      o['adapter-parent'] !== undefined
        ? ` parent='${o['adapter-parent']}'`
        : o['adapter-parent-wwnn'] !== undefined && o['adapter-parent-wwpn'] !== undefined
          ? ` parent_wwnn='${o['adapter-parent-wwnn']}' parent_wwpn='${o['adapter-parent-wwpn']}'`
          : o['adapter-parent-fabric-wwn'] !== undefined
            ? ` parent_fabric_wwn='${o['adapter-parent-fabric-wwn']}'`
            : '';
    src.push(`<adapter type='fc_host'${parent} wwnn='${o['adapter-wwnn']}' wwpn='${o['adapter-wwpn']}'/>`);
  } else if (o['adapter-name'] !== undefined) src.push(`<adapter type='scsi_host' name='${o['adapter-name']}'/>`);
  const secret = o['secret-usage'] ?? o['secret-uuid'];
  if (o['auth-type'] !== undefined && o['auth-username'] !== undefined && secret !== undefined) {
    src.push(`<auth type='${o['auth-type']}' username='${o['auth-username']}'>`);
    src.push(`  <secret ${o['secret-usage'] !== undefined ? 'usage' : 'uuid'}='${secret}'/>`, '</auth>');
  }
  if (o['source-format'] !== undefined) src.push(`<format type='${o['source-format']}'/>`);
  if (o['source-name'] !== undefined) src.push(`<name>${o['source-name']}</name>`);
  if (o['source-protocol-ver'] !== undefined) src.push(`<protocol ver='${o['source-protocol-ver']}'/>`);
  const hasSource = ['source-host', 'source-path', 'source-dev', 'source-initiator', 'source-format', 'source-name']
    .concat('adapter-name')
    .some((k) => o[k as keyof typeof o] !== undefined);
  if (hasSource || fc) out.push('  <source>', ...src.map((l) => `    ${l}`), '  </source>');
  if (o.target !== undefined) out.push('  <target>', `    <path>${o.target}</path>`, '  </target>');
  out.push('</pool>');
  return { name, xml: `${out.join('\n')}\n` };
}
