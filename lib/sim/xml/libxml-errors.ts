/**
 * The well-formedness errors libxml2 reports to libvirt, in its words, with the context line
 * and caret virsh prints under them. Covers what a learner produces by hand: an empty file,
 * text before the root, an unfinished start tag, a wrong closing tag, a file cut short.
 */
export function libxmlError(xml: string, source: string): string | null {
  // libvirt's catchXMLError: the line around the parser's position (a '\r' ends a line as a '\n'
  // does, and a position on a line end counts as the line before), dashes up to the column.
  const eol = (i: number) => xml[i] === '\n' || xml[i] === '\r';
  const at = (pos: number, msg: string) => {
    const line = xml.slice(0, pos).split('\n').length;
    let start = pos;
    while (start > 0 && eol(start)) start--;
    while (start > 0 && !eol(start)) start--;
    if (eol(start)) start++;
    let end = start;
    while (end < xml.length && !eol(end) && xml[end] !== '\0') end++;
    const text = xml.slice(start, end);
    const col = Math.min(pos - start, text.length);
    return `${source}:${line}: ${msg}\n${text === '' ? '(null)' : text}\n${'-'.repeat(col)}^`;
  };
  let p = 0;
  const skipSpace = () => {
    while (p < xml.length && /\s/.test(xml[p])) p++;
  };
  const lineOf = (pos: number) => xml.slice(0, pos).split('\n').length;
  skipSpace();
  if (p >= xml.length) return at(xml.length, 'Document is empty');
  if (xml[p] !== '<') return at(p, "Start tag expected, '<' not found");
  const stack: { name: string; line: number }[] = [];
  let rootSeen = false;
  while (p < xml.length) {
    if (xml.startsWith('<?', p) || xml.startsWith('<!--', p)) {
      const close = xml.indexOf(xml.startsWith('<?', p) ? '?>' : '-->', p);
      if (close < 0) return at(xml.length, 'Premature end of data');
      p = close + (xml.startsWith('<?', p) ? 2 : 3);
    } else if (xml.startsWith('</', p)) {
      const m = /^<\/([^\s>]*)\s*>/.exec(xml.slice(p));
      const open = stack.pop();
      if (!m) return at(xml.length, `Premature end of data in tag ${open?.name ?? ''} line ${open?.line ?? 1}`);
      p += m[0].length;
      if (!open || open.name !== m[1])
        return at(p, `Opening and ending tag mismatch: ${open?.name ?? ''} line ${open?.line ?? 1} and ${m[1]}`);
    } else if (xml[p] === '<') {
      if (rootSeen && stack.length === 0) return at(p, 'Extra content at the end of the document');
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(p));
      if (!m) return at(p + 1, 'StartTag: invalid element name');
      const tagStart = p;
      const bad = attributeError(xml, p + m[0].length);
      if (bad) return at(bad.pos, bad.msg);
      const close = tagEnd(xml, p);
      if (close < 0) return at(xml.length, `Couldn't find end of Start Tag ${m[1]} line ${lineOf(tagStart)}`);
      const selfClosing = xml[close - 1] === '/';
      // xmlParseStartTag2 checks for a repeated attribute once it has read them all.
      const names = [
        ...xml.slice(p + m[0].length, close).matchAll(/([A-Za-z_:][\w.:-]*)\s*=\s*(?:'[^']*'|"[^"]*")/g),
      ].map((a) => a[1]);
      const again = names.find((n, i) => names.indexOf(n) < i);
      if (again) return at(selfClosing ? close - 1 : close, `Attribute ${again} redefined`);
      p = close + 1;
      rootSeen = true;
      if (!selfClosing) stack.push({ name: m[1], line: lineOf(tagStart) });
    } else {
      const next = xml.indexOf('<', p);
      const end = next < 0 ? xml.length : next;
      if (stack.length === 0 && xml.slice(p, end).trim()) return at(p, 'Extra content at the end of the document');
      // A bare `&` in text (a name with & written into XML unescaped): libxml2 reads an entity name.
      for (let amp = xml.indexOf('&', p); amp >= 0 && amp < end; amp = xml.indexOf('&', amp + 1)) {
        const ref = /^&(#?[\w.:-]*)(;?)/.exec(xml.slice(amp))!;
        if (!ref[1]) return at(amp + 1, 'xmlParseEntityRef: no name');
        if (!ref[2]) return at(amp + ref[0].length, "EntityRef: expecting ';'");
        if (!PREDEFINED.has(ref[1]) && !ref[1].startsWith('#'))
          return at(amp + ref[0].length, `Entity '${ref[1]}' not defined`);
      }
      p = end;
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    return at(xml.length, `Premature end of data in tag ${open.name} line ${open.line}`);
  }
  return null;
}

/** XML's own entities; a document without a DTD declares no others. */
const PREDEFINED = new Set(['lt', 'gt', 'amp', 'apos', 'quot']);

/**
 * Where libxml2 stops reading a start tag's attributes: a `<` inside a value, or a quoted value
 * followed by neither a blank nor the tag's end (`name='it's'`). Undefined when the attributes read well or the tag is
 * cut short (reported elsewhere).
 */
function attributeError(xml: string, from: number): { pos: number; msg: string } | undefined {
  const re = /\s*([A-Za-z_:][\w.:-]*)\s*=\s*(['"])/y;
  let p = from;
  for (;;) {
    while (p < xml.length && /\s/.test(xml[p])) p++;
    if (p < xml.length && !/[A-Za-z_:/>]/.test(xml[p])) return { pos: p, msg: 'error parsing attribute name' };
    re.lastIndex = p;
    const m = re.exec(xml);
    if (!m) return undefined;
    const end = xml.indexOf(m[2], re.lastIndex);
    if (end < 0) return undefined;
    const lt = xml.indexOf('<', re.lastIndex);
    if (lt >= 0 && lt < end) return { pos: lt, msg: "Unescaped '<' not allowed in attributes values" };
    // A bare `&` in a value (a host name with & built into XML unescaped): libxml2 reads an entity name.
    for (let amp = xml.indexOf('&', re.lastIndex); amp >= 0 && amp < end; amp = xml.indexOf('&', amp + 1)) {
      const ref = /^&(#?[\w.:-]*)(;?)/.exec(xml.slice(amp, end))!;
      if (!ref[1]) return { pos: amp + 1, msg: 'xmlParseEntityRef: no name' };
      if (!ref[2]) return { pos: amp + ref[0].length, msg: "EntityRef: expecting ';'" };
      if (!PREDEFINED.has(ref[1]) && !ref[1].startsWith('#'))
        return { pos: amp + ref[0].length, msg: `Entity '${ref[1]}' not defined` };
    }
    p = end + 1;
    if (p < xml.length && !/[\s/>?]/.test(xml[p])) return { pos: p, msg: 'attributes construct error' };
  }
}

/** The `>` that ends a start tag: one inside a quoted attribute value does not. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}
