import { containerTerms } from './glossary/containers';
import { domainTerms } from './glossary/domains';
import { hypervisorTerms } from './glossary/hypervisors';
import { migrationTerms } from './glossary/migration';
import { networkingTerms } from './glossary/networking';
import { platformTerms } from './glossary/platform';
import { resourceTerms } from './glossary/resources';
import { toolTerms } from './glossary/tools';

/**
 * The study guide's virtualization terms. Each links to the lessons that teach it (ids; the
 * route is /learn/<id>) and to app pages that show it. A test keeps the links and the lessons'
 * own `glossary` lists in step.
 */
export interface GlossaryTerm {
  /** kebab-case; the glossary page's anchor (#id). */
  id: string;
  term: string;
  /** Other names and spellings a learner may search for. */
  aka?: string[];
  /** Markdown-ish, like lesson instructions. */
  definition: string;
  lessons: string[];
  /** App routes: '/', '/console', '/compare', '/hosts/<host>/domains/<name>'. */
  pages: string[];
  /** Related term ids. */
  see?: string[];
}

export const glossary: readonly GlossaryTerm[] = [
  ...hypervisorTerms,
  ...toolTerms,
  ...platformTerms,
  ...domainTerms,
  ...resourceTerms,
  ...migrationTerms,
  ...networkingTerms,
  ...containerTerms,
];

export const glossaryTerm = (id: string): GlossaryTerm | undefined => glossary.find((t) => t.id === id);
