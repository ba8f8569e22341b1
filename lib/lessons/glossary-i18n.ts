import type { GlossaryTerm } from './glossary';
import { containerTermsJa } from './glossary/ja/containers';
import { domainTermsJa } from './glossary/ja/domains';
import { hypervisorTermsJa } from './glossary/ja/hypervisors';
import { migrationTermsJa } from './glossary/ja/migration';
import { networkingTermsJa } from './glossary/ja/networking';
import { platformTermsJa } from './glossary/ja/platform';
import { resourceTermsJa } from './glossary/ja/resources';
import { toolTermsJa } from './glossary/ja/tools';
import { plainText } from './markup';

/** A term's name, other names and definition in another language; links stay the term's own. */
export interface TermText {
  term: string;
  aka?: string[];
  definition: string;
}

/** Every glossary term in Japanese, by id (a test holds the two lists equal). */
export const glossaryJa: Record<string, TermText> = {
  ...hypervisorTermsJa,
  ...toolTermsJa,
  ...platformTermsJa,
  ...domainTermsJa,
  ...resourceTermsJa,
  ...migrationTermsJa,
  ...networkingTermsJa,
  ...containerTermsJa,
};

/** The term as the page shows it in `locale`. */
export function termText(t: GlossaryTerm, locale: 'en' | 'ja'): TermText {
  return locale === 'ja' ? (glossaryJa[t.id] ?? t) : t;
}

/**
 * Search folds width and case (NFKC: ｘｍ is xm, ｶﾀｶﾅ is カタカナ) and looks in both languages, so
 * "live migration", ライブマイグレーション and 仮想化 all find their terms whichever the page shows.
 */
export const foldForSearch = (s: string) => s.normalize('NFKC').toLowerCase();

export function termMatches(t: GlossaryTerm, query: string): boolean {
  const q = foldForSearch(query.trim());
  if (!q) return true;
  const ja = glossaryJa[t.id];
  const texts = [t.term, ...(t.aka ?? []), plainText(t.definition)];
  if (ja) texts.push(ja.term, ...(ja.aka ?? []), plainText(ja.definition));
  return texts.some((s) => foldForSearch(s).includes(q));
}
