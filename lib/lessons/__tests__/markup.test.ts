import { describe, expect, it } from 'vitest';
import { glossary } from '../glossary';
import { inlineHtml, inlineTokens, plainText, proseHtml } from '../markup';
import { lessons } from '../registry';

describe('lesson markup', () => {
  it('splits code, bold and emphasis; code keeps its asterisks', () => {
    expect(inlineTokens("Type `grep -E 'vmx|svm' *` — **shut off**, *domain is not running*.")).toEqual([
      { kind: 'text', text: 'Type ' },
      { kind: 'code', text: "grep -E 'vmx|svm' *" },
      { kind: 'text', text: ' — ' },
      { kind: 'strong', text: 'shut off' },
      { kind: 'text', text: ', ' },
      { kind: 'em', text: 'domain is not running' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('escapes every text in HTML, including inside code', () => {
    expect(inlineHtml('a <b> `<script>&` **"x"**')).toBe(
      'a &lt;b&gt; <code>&lt;script&gt;&amp;</code> <strong>&quot;x&quot;</strong>',
    );
    expect(proseHtml('one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });

  it('leaves no stray markers in any lesson or glossary text', () => {
    const texts = [
      ...lessons.flatMap((l) => [
        l.summary,
        l.goalText,
        ...l.hints,
        ...l.steps.flatMap((s) => [s.instruction, s.hint]),
      ]),
      ...glossary.map((t) => t.definition),
    ];
    for (const t of texts) expect(plainText(t), t).not.toMatch(/\*\*|`/);
  });
});
