import type { Messages } from 'next-intl';

/** A top-level namespace of messages/*.json. */
export type Namespace = keyof Messages;

/**
 * The messages a page's HTML carries are the namespaces its client components use, no more: every
 * page's layout sends what the app's frame uses (header, menus and their dialogs, the lesson panel,
 * the console drawer, the gates), and a page adds its own (`PageMessages`), merged with the
 * layout's in the browser (next-intl's providers replace, they do not merge). Server components
 * translate on the server and send nothing. `i18n/__tests__/page-messages.test.ts` walks each
 * page's imports and fails when a client component uses a namespace its page does not send, or a
 * page sends one nothing of it uses (docs/decisions/056-…).
 */
export const LAYOUT_NAMESPACES = [
  'action',
  'console',
  'equivalents',
  'forms',
  'gate',
  'history',
  'labFile',
  'labMenu',
  'language',
  'lastCommand',
  'learn',
  'lesson',
  'migrateCheck',
  'migrateForm',
  'nav',
  'orientation',
  'overview',
  'panel',
  'recovery',
  'share',
  'shell',
  'theme',
  'virshWord',
  'why',
] as const satisfies readonly Namespace[];

/** What each page adds to the layout's (pages not named add nothing: /console, /learn). */
export const PAGE_NAMESPACES = {
  overview: ['domain', 'events'],
  domain: [
    'actionSummary',
    'compare',
    'diagram',
    'domain',
    'events',
    'job',
    'jobFigures',
    'pinningGrid',
    'resources',
    'titles',
    'trainer',
    'xml',
  ],
  compare: ['compare'],
  drill: ['drill'],
  glossary: ['glossary', 'pages'],
  lesson: ['pages', 'titles'],
  open: ['openLab'],
} as const satisfies Record<string, readonly Namespace[]>;

export type PageWithMessages = keyof typeof PAGE_NAMESPACES;

/** The named namespaces of `messages`. */
export const pickMessages = (messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> =>
  Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
