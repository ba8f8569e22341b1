import { question } from '@/lib/drills/generate';
import { isRight } from '@/lib/drills/judge';
import { runSteps } from '@/lib/drills/run';
for (const [k, s] of [
  ['xen-equivalent', 1],
  ['downtime', 282441],
  ['xen-boot', 16],
] as const) {
  const q = question(k, s);
  console.log(
    q.id,
    q.values,
    q.choices,
    q.answer,
    q.choices.map((c) => isRight(q, c)),
  );
}
const q = question('xen-equivalent', 1);
const a = runSteps(q.start, [{ host: q.start.host, line: q.values.command }]);
const b = runSteps(q.start, [{ host: q.start.host, line: q.choices[q.answer] }]);
console.log(a.status, a.stderr, b.status, b.stdout, b.stderr);
const x = question('xen-boot', 16);
const r = runSteps(x.start, x.explanation.reproduce);
console.log(x.explanation.reproduce, r.stdout, r.stderr);
