/**
 * What the lab's worker loads before its first answer: its entry and the lab it imports at once
 * (mocks/worker/serve.ts), each with every chunk it imports statically, and the source files they
 * hold (an esbuild metafile of scripts/build-lab-worker.mjs). Other dynamic imports (the shell)
 * load on first use.
 */
export function startClosure(metafile) {
  const outputs = metafile.outputs;
  const roots = Object.keys(outputs).filter((o) =>
    ['mocks/worker/lab.worker.ts', 'mocks/worker/serve.ts'].includes(outputs[o].entryPoint),
  );
  const files = new Set();
  const todo = [...roots];
  while (todo.length) {
    const o = todo.pop();
    if (files.has(o)) continue;
    files.add(o);
    for (const i of outputs[o].imports) if (i.kind === 'import-statement') todo.push(i.path);
  }
  const inputs = new Set([...files].flatMap((o) => Object.keys(outputs[o].inputs)));
  const bytes = [...files].reduce((sum, o) => sum + outputs[o].bytes, 0);
  return { files, inputs, bytes };
}
