// The lazily loaded split point for lib/browser/shell-tools.ts (kept to these two functions).
export { equivalents } from '@/lib/shell/equivalents';
export { completeLine } from '@/lib/shell/complete';
