// The lazily loaded split point for lib/browser/shell-tools.ts (kept to these few functions).
export { equivalents } from '@/lib/shell/equivalents';
export { completeLine, completionMatches } from '@/lib/shell/complete';
export { needsMoreInput } from '@/lib/shell/shell-parse';
