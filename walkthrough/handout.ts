import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTerm } from '../lib/lessons/glossary';
import { termText } from '../lib/lessons/glossary-i18n';
import { handoutText } from './handout-text';
import { ui, walkthroughLang } from './lang';
import { escapeHtml, inlineHtml, proseHtml } from '../lib/lessons/markup';
import { type LessonOutline, type StepOutline, stepDialects } from '../lib/lessons/outline';
import { clickTexts, uiActions } from '../lib/actions/table';
import { untyped } from '../lib/actions/form';

/**
 * A lesson's illustrated handout: one HTML page per lesson (each step's instruction, the command in
 * its dialects, a screenshot), and an index linking them. Plain files, print-friendly, no script.
 */

export interface HandoutMeta {
  id: string;
  title: string;
  summary: string;
  steps: number;
  generatedAt: string;
}

const CSS = `
  :root { color-scheme: light; --fg:#161a22; --muted:#4a5263; --line:#cdd3de; --accent:#1d4ed8; --sunken:#eef0f4; }
  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", sans-serif; color: var(--fg); margin: 0; background: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
  h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
  a { color: var(--accent); } .muted { color: var(--muted); }
  code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: .9em; background: var(--sunken); padding: .05em .3em; border-radius: 4px; }
  .box { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
  .step { break-inside: avoid; border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
  .step h2 { margin-top: 0; }
  .do { background: var(--sunken); border-radius: 8px; padding: .6rem .9rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .5rem 0 0; } dt { color: var(--muted); } dd { margin: 0; }
  figure { margin: 1rem 0 0; } img { max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
  figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
  ol.lessons { padding-left: 1.5rem; } ol.lessons li { margin: .8rem 0; }
  @page { size: A4; margin: 14mm 12mm; }
  @media print {
    body { font-size: 11pt; } main { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; }
    .step { break-inside: avoid; page-break-inside: avoid; } h1, h2 { break-after: avoid; }
    figure { break-inside: avoid; } img { max-height: 150mm; object-fit: contain; }
  }
`;

const page = (title: string, body: string) => `<!doctype html>
<html lang="${walkthroughLang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><main>
${body}
</main></body></html>
`;

function commands(step: StepOutline): string {
  const rows = stepDialects(step).map(({ tool, equivalent }) => [
    tool,
    'line' in equivalent
      ? `<code>${escapeHtml(equivalent.line)}</code>`
      : `<span class="muted">${handoutText().none}: ${inlineHtml(equivalent.none)}</span>`,
  ]);
  return `<dl>${rows.map(([d, html]) => `<dt>${d}</dt><dd>${html}</dd>`).join('')}</dl>`;
}

function what(step: StepOutline): string {
  const h = handoutText();
  if (!step.ui) return `<p>${h.type(escapeHtml(step.command.host))}</p>`;
  const values = escapeHtml(clickTexts(step.ui, untyped(ui())).join(', '));
  const { domain, host, action } = step.ui;
  return `<p>${h.press(escapeHtml(ui()(uiActions[action].labelKey)), escapeHtml(domain), escapeHtml(host), values)}</p>`;
}

const figure = (src: string, what: string, line: string) =>
  `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(`${what}: ${line}`)}" loading="lazy"><figcaption>${escapeHtml(what)}: <code>${escapeHtml(line)}</code></figcaption></figure>`;

export function handoutHtml(
  outline: LessonOutline,
  images: string[],
  finalImage: string | null,
  generatedAt: string,
): string {
  const h = handoutText();
  const terms = outline.glossary.map((id) => {
    const term = glossaryTerm(id);
    return term ? termText(term, walkthroughLang()).term : id;
  });
  const steps = outline.steps
    .map(
      (s, i) => `
<section class="step">
  <h2>${h.stepOf(i + 1, outline.steps.length)}: ${escapeHtml(s.title)}</h2>
  ${proseHtml(s.instruction)}
  <div class="do">${what(s)}${commands(s)}</div>
  <p class="muted">${h.hint}: ${inlineHtml(s.hint)}</p>
  ${images[i] ? figure(images[i], s.ui && uiActions[s.ui.action].opens === 'form' ? h.formFilled(i + 1) : h.labAfter(i + 1), s.command.line) : ''}
</section>`,
    )
    .join('\n');
  return page(
    `${outline.title} — ${h.handout}`,
    `
<p class="muted"><a href="../index.html">${h.allLessons}</a> · ${h.handout}</p>
<h1>${escapeHtml(outline.title)}</h1>
<p>${inlineHtml(outline.summary)}</p>
<div class="box"><p><strong>${h.idea}</strong> ${inlineHtml(outline.concept)}${h.period}</p>
<p><strong>${h.goal}</strong> ${inlineHtml(outline.goalText)}</p>
${terms.length ? `<p><strong>${h.terms}</strong> ${terms.map(escapeHtml).join(' · ')}</p>` : ''}</div>
${steps}
<section class="step">
  <h2>${h.done}</h2>
  <p>${inlineHtml(outline.goalText)}</p>
  ${outline.hints.length ? `<ul>${outline.hints.map((h) => `<li>${inlineHtml(h)}</li>`).join('')}</ul>` : ''}
  ${finalImage ? `<figure><img src="${escapeHtml(finalImage)}" alt="${h.completeAlt}" loading="lazy"><figcaption>${h.completeCaption}</figcaption></figure>` : ''}
</section>
<p class="muted">${h.generated(escapeHtml(generatedAt))}</p>`,
  );
}

export function writeHandout(root: string, outline: LessonOutline, images: string[], finalImage: string | null) {
  const dir = join(root, outline.id);
  mkdirSync(dir, { recursive: true });
  const generatedAt = `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  writeFileSync(join(dir, 'index.html'), handoutHtml(outline, images, finalImage, generatedAt));
  const meta: HandoutMeta = {
    id: outline.id,
    title: outline.title,
    summary: outline.summary,
    steps: outline.steps.length,
    generatedAt,
  };
  writeFileSync(join(dir, 'handout.json'), JSON.stringify(meta, null, 2));
}

/** The index of every handout present, in the order given (the registry's), then any others. */
export function writeIndex(root: string, order: readonly string[] = []) {
  if (!existsSync(root)) return;
  const metas = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'handout.json')))
    .map((d) => JSON.parse(readFileSync(join(root, d.name, 'handout.json'), 'utf8')) as HandoutMeta)
    .sort((a, b) => (order.indexOf(a.id) + 1 || 1e9) - (order.indexOf(b.id) + 1 || 1e9) || a.id.localeCompare(b.id));
  const h = handoutText();
  writeFileSync(
    join(root, 'index.html'),
    page(
      h.indexTitle,
      `
<h1>${h.indexHeading}</h1>
<p class="muted">${h.indexIntro}</p>
<ol class="lessons">
${metas.map((m) => `<li><a href="${escapeHtml(m.id)}/index.html"><strong>${escapeHtml(m.title)}</strong></a> <span class="muted">(${h.steps(m.steps)})</span><br>${inlineHtml(m.summary)}</li>`).join('\n')}
</ol>`,
    ),
  );
}
