import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileXPath } from '../compile';
import { virshDumpXml, xpathErrorText } from '../dump-xml';
import { streamPattern } from '../stream';

const DOC = `<domain type='test' id='1'>
  <name>web01</name>
  <description>  </description>
  <devices>
    <disk type='file' device='disk'>
      <target dev='vda'/>
    </disk>
    <disk type='block' device='cdrom'>
      <target dev='hdc'/>
    </disk>
  </devices>
  <metadata><app:x xmlns:app="urn:a" app:k="é">t<app:y/></app:x></metadata>
</domain>
`;
const select = (xpath: string, wrap = false) => virshDumpXml(DOC, xpath, wrap);

describe('virshDumpXML --xpath', () => {
  it('prints each selected node as xmlNodeDump does: double quotes, two-space indentation, one per line', () => {
    expect(select('//disk[2]')).toEqual({
      ok: true,
      stdout: '<disk type="block" device="cdrom">\n  <target dev="hdc"/>\n</disk>\n',
      stderr: '',
    });
    expect(select('//target/@dev')).toMatchObject({ stdout: ' dev="vda"\n dev="hdc"\n' });
    expect(select('name/text()')).toMatchObject({ stdout: 'web01\n' });
  });

  it('keeps a blank-only element, drops blanks between elements, and does not indent mixed content', () => {
    expect(select('//description')).toMatchObject({ stdout: '<description>  </description>\n' });
    expect(select('//metadata')).toMatchObject({
      stdout: '<metadata>\n  <app:x xmlns:app="urn:a" app:k="&#xE9;">t<app:y/></app:x>\n</metadata>\n',
    });
  });

  it('matches an unprefixed name only outside namespaces; a prefix virsh never registered is an error', () => {
    expect(select('//x')).toMatchObject({ stdout: '' });
    expect(select('//*[local-name()="x"]/@*')).toMatchObject({ stdout: ' app:k="&#xE9;"\n' });
    expect(select('//app:x')).toEqual({ ok: true, stdout: '', stderr: 'XPath error : Undefined namespace prefix\n' });
  });

  it('wraps copies under <nodes>: attributes replace each other, text merges, outside namespaces are declared', () => {
    expect(select('//@type', true)).toMatchObject({ stdout: '<nodes type="block"/>\n' });
    expect(select('//name/text() | //name/text()', true)).toMatchObject({ stdout: '<nodes>web01</nodes>\n' });
    expect(select('//*[local-name()="y"]', true)).toMatchObject({
      stdout: '<nodes>\n  <app:y xmlns:app="urn:a"/>\n</nodes>\n',
    });
    expect(select('//nothing', true)).toMatchObject({ stdout: '<nodes/>\n' });
  });

  it('refuses a result that is not a node-set with virsh words, and prints libxml2 errors otherwise', () => {
    expect(select('count(//disk)')).toEqual({ ok: false, error: "internal error: Incorrect xpath 'count(//disk)'" });
    expect(select('last()')).toEqual({ ok: true, stdout: '', stderr: 'XPath error : Invalid context size\n' });
    expect(select('f()')).toMatchObject({
      stderr: 'xmlXPathCompOpEval: function f not found\nXPath error : Unregistered function\n',
    });
  });

  it('points the caret at the byte where the compiler stopped, only inside the expression', () => {
    expect(compileXPath('@@').errors).toEqual([{ code: 'expr', at: 1 }]);
    expect(xpathErrorText('@@', { code: 'expr', at: 1 })).toBe('XPath error : Invalid expression\n@@\n ^\n');
    expect(xpathErrorText('é@@', { code: 'expr', at: 2 })).toBe('XPath error : Invalid expression\né@@\n   ^\n');
    expect(xpathErrorText('//disk[', { code: 'expr', at: 7 })).toBe('XPath error : Invalid expression\n');
    // A loop that goes on after an error reports twice, as libxml2 does.
    expect(compileXPath('1[[').errors).toEqual([
      { code: 'expr', at: 2 },
      { code: 'expr', at: 3 },
    ]);
  });

  it('accepts what libxml2 accepts beyond XPath 1.0: a call cut after a comma, streaming patterns', () => {
    expect(compileXPath('substring("abc",').errors).toEqual([]);
    expect(compileXPath('count(//disk').errors).toEqual([{ code: 'expr', at: 12 }]);
    expect(compileXPath('/é').errors).not.toEqual([]);
    expect(streamPattern('/é')).toBeDefined();
    expect(streamPattern('name |')).toBeDefined();
    expect(streamPattern('name[1]')).toBeUndefined();
    expect(select('name |')).toMatchObject({ stdout: '<name>web01</name>\n' });
  });

  it('selects every node once, in document order, whatever the path (property)', () => {
    const step = fc.constantFrom('*', 'node()', '..', '.', 'disk', '@*', 'text()', 'target', '*[1]', '*[last()]');
    fc.assert(
      fc.property(fc.constantFrom('/', '//', ''), fc.array(step, { minLength: 1, maxLength: 4 }), (start, steps) => {
        const expr = `${start}${steps.join('/')}`;
        const r = virshDumpXml(DOC, expr, false);
        const again = virshDumpXml(DOC, `${expr} | ${expr}`, false);
        expect(r.ok).toBe(true);
        // A union with itself adds nothing: node-sets keep no duplicates.
        if (!r.ok || !again.ok || r.stderr) return;
        expect(again.stdout).toBe(r.stdout);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the namespace axis and id(), as libxml2 2.9.14 answers them (checked with its xmllint)', () => {
  const NS = `<domain xmlns:a="urn:a" type="t"><metadata><b:x xmlns:b="urn:b" xml:id="one"><b:y xml:id="two"/></b:x></metadata><name xml:id="n1">v</name></domain>`;
  const pick = (xpath: string) => virshDumpXml(NS, xpath, false);

  it('gives the xml namespace first, then the declarations in scope from the outermost, each once', () => {
    // The xml namespace node dumps as nothing: virsh prints "(null)" for it.
    expect(pick('/domain/metadata/*/namespace::*')).toMatchObject({
      stdout: '(null)\n xmlns:a="urn:a"\n xmlns:b="urn:b"\n',
    });
    expect(pick('name(/domain/metadata/*/namespace::*[2])')).toEqual({
      ok: false,
      error: "internal error: Incorrect xpath 'name(/domain/metadata/*/namespace::*[2])'",
    });
    expect(pick('/domain/metadata/*/namespace::*[local-name() = "b"]/..')).toMatchObject({
      stdout: '<b:x xmlns:b="urn:b" xml:id="one">\n  <b:y xml:id="two"/>\n</b:x>\n',
    });
    expect(pick('//name/namespace::a[. = "urn:a"]')).toMatchObject({ stdout: ' xmlns:a="urn:a"\n' });
    expect(pick('//@type/namespace::*')).toMatchObject({ stdout: '' });
  });

  it('finds elements by their xml:id, from a string of tokens or from the values of a node-set', () => {
    expect(pick('id("two n1")')).toMatchObject({ stdout: '<b:y xml:id="two"/>\n<name xml:id="n1">v</name>\n' });
    expect(pick('id(//name)')).toMatchObject({ stdout: '' });
    expect(pick('id("one")/@xml:id')).toMatchObject({ stdout: ' xml:id="one"\n' });
    expect(pick('id("nope")')).toMatchObject({ stdout: '' });
  });
});
