import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { virshHelpCommands } from '../help-data.gen';
import { renderAllHelp, renderCommandHelp } from '../help';

/** virsh 9.0's own `help` and `help CMD` output (with the command's separator line), recorded by bin/gen-virsh-help.ts. */
const recorded = JSON.parse(readFileSync(new URL('./help-recorded.json', import.meta.url), 'utf8')) as {
  all: string;
  commands: { name: string; raw: string }[];
};

describe('virsh help re-rendered from help data', () => {
  it('help (all groups) is byte-identical', () => expect(`${renderAllHelp()}\n`).toBe(recorded.all));
  it('every command help is byte-identical', () => {
    const byName = new Map(virshHelpCommands.map((c) => [c.name, c]));
    const wrong = recorded.commands
      .filter((r) => `${renderCommandHelp(byName.get(r.name)!)}\n` !== r.raw)
      .map((r) => r.name);
    expect(wrong).toEqual([]);
  });
});
