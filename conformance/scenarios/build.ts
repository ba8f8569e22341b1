import type { Scenario } from '../scenario';

type Run = Scenario['runs'][number];
type Extra = Partial<Omit<Scenario, 'id' | 'title' | 'runs'>>;

/** The virsh subcommands a command line names: the first word of each `;`-separated command. */
export function commandsOf(line: string): string[] {
  return line
    .split(/[;\n]/)
    .map((command) => command.trim().split(/\s+/)[0])
    .filter((word) => word && /^[a-z][a-z-]*$/.test(word));
}

function coversOf(runs: Run[]): string[] {
  const names = runs.flatMap((run) => {
    if (run.args.length === 0) return commandsOf(run.stdin ?? '');
    if (run.args.length === 1) return commandsOf(run.args[0]);
    const first = run.args.find((arg) => !arg.startsWith('-'));
    return first ? [first] : [];
  });
  return [...new Set(names)];
}

/** A scenario of one virsh process running one `;`-separated command list. */
export function script(id: string, title: string, commands: string, extra: Extra = {}): Scenario {
  return runs(id, title, [{ args: [commands] }], extra);
}

/** A scenario of several virsh processes; `covers` defaults to the commands they name. */
export function runs(id: string, title: string, list: Run[], extra: Extra = {}): Scenario {
  return { id, title, covers: coversOf(list), runs: list, ...extra, ...(extra.covers ? { covers: extra.covers } : {}) };
}

/** One virsh process per command list, e.g. to see each error's exit status. */
export function each(id: string, title: string, commands: string[], extra: Extra = {}): Scenario {
  return runs(
    id,
    title,
    commands.map((c) => ({ args: [c] })),
    extra,
  );
}
