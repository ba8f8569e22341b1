/**
 * A share link (`/open#lab=…`) for the built-in lab after some console lines — what Lab → Share link
 * gives in the browser, for a lesson file's `start.link` (docs/lesson-format.md) or a handout:
 *   npm run -s lab-link -- kvm1 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system' [host line]…
 * Each line must succeed; migrations are waited for (the link carries no job in flight).
 */
import { worldFile } from '../lib/lab-file/format';
import { encodeLabLink } from '../lib/lab-file/link';
import { runConsoleLine } from '../lib/shell/console';
import { advanceJobs } from '../lib/sim/ops/migrate/advance';
import { labWorld } from '../lib/sim/worlds/lab';

/** The replays' fixed start (lib/lessons/replay.ts), so the same lines give the same link. */
const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const args = process.argv.slice(2);
const base = args.includes('--base') ? args.splice(args.indexOf('--base'), 2)[1] : 'http://localhost:3000';
if (args.length === 0 || args.length % 2 || args.includes('--help')) {
  process.stderr.write("usage: npm run -s lab-link -- HOST 'LINE' [HOST 'LINE']… [--base http://localhost:3000]\n");
  process.exit(args.includes('--help') ? 0 : 2);
}
let world = labWorld();
let now = START;
for (let i = 0; i < args.length; i += 2) {
  now += 5000;
  const r = runConsoleLine({ world, host: args[i], line: args[i + 1], now });
  if (r.status !== 0) {
    process.stderr.write(`${args[i]}: \`${args[i + 1]}\` failed: ${(r.stderr || r.stdout).trim()}\n`);
    process.exit(1);
  }
  world = r.world;
}
// Wait out any migration: a lesson cannot start from a job timed by another clock.
while (world.hosts.some((h) => h.domains.some((d) => d.job)) && now < START + 3_600_000) {
  now += 1000;
  world = advanceJobs(world, now).world;
}
void worldFile(world, now)
  .then((file) => encodeLabLink(JSON.stringify(file)))
  .then((fragment) => {
    if (!fragment) {
      process.stderr.write('this lab is too large for a link: share it as a file (Lab → Export)\n');
      process.exit(1);
    }
    process.stdout.write(`${base}/open#${fragment}\n`);
  });
