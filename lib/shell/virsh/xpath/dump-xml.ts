import { XPATH_ERRORS, type XPathErr } from './ast';
import { asBytes, asText, byteLength } from './chars';
import { compileXPath } from './compile';
import { evaluateAt } from './evaluate';
import { dumpNode } from './serialize';
import { streamPattern } from './stream';
import { parseDocument, rootElement } from '../../../sim/xml/document';
import { wrapNodes } from './wrap';

export type DumpXmlResult = { ok: true; stdout: string; stderr: string } | { ok: false; error: string };

/**
 * What libxml2 writes to stderr for one XPath error (xmlXPathErr → xmlReportError): the message,
 * and — when the cursor stood inside the expression and before byte 100 — the expression with
 * a caret under that byte.
 */
export function xpathErrorText(expr: string, e: XPathErr): string {
  let out = e.note === undefined ? '' : `${e.note}\n`;
  if (e.code === undefined) return out;
  out += `XPath error : ${XPATH_ERRORS[e.code]}\n`;
  if (e.at === undefined) return out;
  const at = byteLength(expr.slice(0, e.at));
  if (at < 100 && at < byteLength(expr)) out += `${expr}\n${' '.repeat(at)}^\n`;
  return out;
}

/**
 * virshDumpXML (tools/virsh-util.c): without --xpath the document as it is; with it, the nodes
 * the expression selects, each dumped by xmlNodeDump on its own line, or all copied under
 * `<nodes>` with --wrap. The context node is the root element. An expression libxml2 cannot
 * compile or evaluate prints libxml2's error and selects nothing (virXPathNodeSet returns 0);
 * one whose result is not a node-set is virsh's error.
 */
export function virshDumpXml(xml: string, xpath: string | undefined, wrap: boolean): DumpXmlResult {
  if (xpath === undefined) return { ok: true, stdout: xml, stderr: '' };
  const doc = asText(xml);
  const expr = asText(xpath);
  const back = (s: string) => (doc.bytes || expr.bytes ? asBytes(s) : s);
  const tree = parseDocument(doc.text);
  const streamed = streamPattern(expr.text);
  const compiled = streamed ? { expr: streamed, errors: [] } : compileXPath(expr.text);
  const root = rootElement(tree);
  const run = compiled.expr && root ? evaluateAt(compiled.expr, root) : { errors: compiled.errors };
  if (run.errors.length) {
    // libxml2's error goes to stderr and the result is an empty node set: --wrap still prints <nodes/>.
    const stdout = wrap ? `${dumpNode(wrapNodes([]))}\n` : '';
    return { ok: true, stdout, stderr: back(run.errors.map((e) => xpathErrorText(expr.text, e)).join('')) };
  }
  const value = 'value' in run ? run.value : undefined;
  if (!Array.isArray(value)) return { ok: false, error: `internal error: Incorrect xpath '${xpath}'` };
  const parts = wrap ? [dumpNode(wrapNodes(value))] : value.map(dumpNode);
  return { ok: true, stdout: back(parts.map((p) => `${p}\n`).join('')), stderr: '' };
}

/**
 * virXPathNodeSet on an expression virsh builds from a user's text: libxml2's error on stderr
 * (nothing selected), else which of the `all` nodes it selected, by position.
 */
export function xpathSelect(xml: string, xpath: string, all: string): { stderr: string; picked: number[] } {
  const expr = asText(xpath);
  const root = rootElement(parseDocument(asText(xml).text));
  const compiled = compileXPath(expr.text);
  const run = compiled.expr && root ? evaluateAt(compiled.expr, root) : { errors: compiled.errors };
  if (run.errors.length) {
    const text = run.errors.map((e) => xpathErrorText(expr.text, e)).join('');
    return { stderr: expr.bytes ? asBytes(text) : text, picked: [] };
  }
  const value = 'value' in run ? run.value : undefined;
  const every = root ? evaluateAt(compileXPath(all).expr!, root).value : undefined;
  if (!Array.isArray(value) || !Array.isArray(every)) return { stderr: '', picked: [] };
  return { stderr: '', picked: value.map((n) => every.indexOf(n)).filter((i) => i >= 0) };
}
