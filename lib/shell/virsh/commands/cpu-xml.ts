import { checkWellFormed } from '../../../sim/xml/parse';
import { dumpXml, parseXmlTree, type XmlTree } from '../../../sim/xml/xml-tree';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';

const kids = (el: XmlTree, name: string) => el.kids.filter((k): k is XmlTree => 'el' in k && k.el === name);
const attr = (el: XmlTree, name: string) => el.attrs.find(([k]) => k === name)?.[1];

/**
 * The <cpu> elements of /container/cpu | /container/domain/cpu | /container/capabilities/host/cpu |
 * /container/domainCapabilities/cpu/mode[@name='host-model' and @supported='yes'], in document order;
 * such a <mode> becomes a <cpu> without attributes.
 */
function cpuElements(container: XmlTree): XmlTree[] {
  return container.kids.flatMap((top): XmlTree[] => {
    if (!('el' in top)) return [];
    if (top.el === 'cpu') return [top];
    if (top.el === 'domain') return kids(top, 'cpu');
    if (top.el === 'capabilities') return kids(top, 'host').flatMap((h) => kids(h, 'cpu'));
    if (top.el !== 'domainCapabilities') return [];
    return kids(top, 'cpu')
      .flatMap((c) => kids(c, 'mode'))
      .filter((m) => attr(m, 'name') === 'host-model' && attr(m, 'supported') === 'yes')
      .map((m) => ({ ...m, el: 'cpu', attrs: [] }));
  });
}

/**
 * vshExtractCPUDefXMLs: the file (less an XML declaration) is read inside a <container> element,
 * so a libxml2 error names the file and counts columns from "<container>"; each CPU found is
 * passed on as its own XML string.
 */
export function extractCpuXmls(c: CmdCtx, file: string): string[] | undefined {
  const buffer = readXmlFile(c, file);
  if (buffer === undefined) return undefined;
  const end = buffer.startsWith('<?xml') ? buffer.indexOf('?>') : -1;
  const xml = `<container>${end >= 0 ? buffer.slice(end + 2) : buffer}</container>`;
  const wf = checkWellFormed(xml, file);
  if (!wf.ok) {
    c.libvirtError(wf.error);
    return undefined;
  }
  const container = parseXmlTree(xml).find((n): n is XmlTree => 'el' in n)!;
  const cpus = cpuElements(container);
  if (cpus.length) return cpus.map((cpu) => dumpXml(cpu));
  c.error(
    `File '${file}' does not contain any <cpu> element or valid domain XML, host capabilities XML, or domain capabilities XML`,
  );
  return undefined;
}
