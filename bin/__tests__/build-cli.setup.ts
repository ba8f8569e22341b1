import { execFileSync } from 'node:child_process';

/** The CLI tests run the bundles node runs (dist/*.mjs): build them once, before any test file. */
export default function setup() {
  execFileSync('node', ['scripts/build-cli.mjs', '--if-stale'], { stdio: 'inherit' });
}
