import { Readline } from '../lib/shell/virsh/readline';
const input = 'domstate test\n'.repeat(10000);
for (let k = 0; k < 8; k++) {
  const t = performance.now();
  const rl = new Readline(() => 'virsh # ');
  let n = 0;
  for (const l of rl.feed(input, true)) {
    n++;
    if (l.line) rl.state.history.add(l.line);
  }
  console.log(n, (performance.now() - t).toFixed(1), 'ms');
}
