/**
 * Lesson and glossary texts are "markdown-ish": `code`, **bold**, *emphasis* (libvirt's messages),
 * paragraphs separated by a blank line. This splits them into tokens; the /learn panel renders
 * them as React nodes and the walkthrough's handouts as escaped HTML, so no text is ever markup.
 */
export type InlineToken = { kind: 'text' | 'code' | 'strong' | 'em'; text: string };

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*?)\*/g;

export function inlineTokens(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    out.push(
      m[1] !== undefined
        ? { kind: 'code', text: m[1] }
        : m[2] !== undefined
          ? { kind: 'strong', text: m[2] }
          : { kind: 'em', text: m[3] },
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** The text without its markup, for titles, labels and announcements. */
export const plainText = (text: string): string =>
  inlineTokens(text)
    .map((t) => t.text)
    .join('');

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => escapes[c]);

const tags = { code: 'code', strong: 'strong', em: 'em' } as const;

/** One paragraph's tokens as HTML, every text escaped. */
export const inlineHtml = (text: string): string =>
  inlineTokens(text)
    .map((t) => (t.kind === 'text' ? escapeHtml(t.text) : `<${tags[t.kind]}>${escapeHtml(t.text)}</${tags[t.kind]}>`))
    .join('');

/** A whole text as HTML paragraphs. */
export const proseHtml = (text: string): string =>
  paragraphs(text)
    .map((p) => `<p>${inlineHtml(p)}</p>`)
    .join('\n');
