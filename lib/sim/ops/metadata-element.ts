import { fail, internalError, ok, type Result } from '../result';
import type { DomainDef } from '../types';
import { isElement, metadataFor, putMetadata, withoutNamespace } from '../xml/metadata';
import { checkWellFormed } from '../xml/parse';
import { dumpXml, parseXmlTree, type XmlTree, type XmlTreeNode } from '../xml/xml-tree';
import type { OpContext, OpOutcome } from './context';
import type { AffectFlags } from './defs';
import { metadataDefs } from './metadata';

/** xmlValidateNCName: a prefix is a name without a colon. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * virDomainSetMetadata's new element: `xml` parsed as one element, and every element of it
 * without a prefix put in `uri` under the prefix `key`.
 */
export function metadataElement(xml: string, uri: string, key: string): Result<XmlTree> {
  // virXMLParseStringCtxt first, then virXMLNodeSetNamespace's xmlValidateNCName.
  const doc = checkWellFormed(xml, '(metadata_xml)');
  if (!doc.ok) return doc;
  if (!NCNAME.test(key)) return internalError('failed to validate prefix for a new XML namespace');
  const root = parseXmlTree(xml).find(isElement);
  if (!root) return fail('XML_ERROR', 'XML error: missing metadata element');
  const inject = (n: XmlTreeNode): XmlTreeNode =>
    isElement(n) ? { ...n, el: n.el.includes(':') ? n.el : `${key}:${n.el}`, kids: n.kids.map(inject) } : n;
  const el = inject(root) as XmlTree;
  return ok({ ...el, attrs: [...el.attrs, [`xmlns:${key}`, uri]] });
}

const notFound = () => fail('NO_DOMAIN_METADATA', 'metadata not found: Requested metadata element is not present');

/** virDomainGetMetadata(VIR_DOMAIN_METADATA_ELEMENT): the element for `uri`, its namespace taken off. */
export function domainGetElementMetadata(
  ctx: OpContext,
  uuid: string,
  uri: string,
  flags: AffectFlags,
): Result<string> {
  // libvirt.c's virDomainGetMetadata refuses the pair before the driver is asked.
  if (flags.live && flags.config)
    return fail('INVALID_ARG', "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
  const defs = metadataDefs(ctx, uuid, flags);
  if (!defs.ok) return defs;
  const el = metadataFor(defs.value.def.metadata, uri);
  return el ? ok(dumpXml(withoutNamespace(el))) : notFound();
}

/** virDomainSetMetadata(VIR_DOMAIN_METADATA_ELEMENT): puts `xml` under `uri` (prefix `key`), or removes it (null). */
export function domainSetElementMetadata(
  ctx: OpContext,
  uuid: string,
  uri: string,
  key: string | undefined,
  xml: string | null,
  flags: AffectFlags,
): Result<OpOutcome> {
  const defs = metadataDefs(ctx, uuid, flags);
  if (!defs.ok) return defs;
  const el = xml === null ? ok(null) : metadataElement(xml, uri, key ?? '');
  if (!el.ok) return el;
  const set = (def: DomainDef): DomainDef => ({ ...def, metadata: putMetadata(def.metadata, uri, el.value) });
  return defs.value.change(set);
}
