import { virshHelpCommands } from '../../lib/shell/virsh/help-data.gen';
import { allRefusals } from '../../lib/shell/virsh/commands/unsupported';
import { virshCommands } from '../../lib/shell/virsh/registry';
import { scenarios } from '../scenarios';
import { differentialCommands } from './batch';
import { LEFT_OUT, UNMODELLED_OPTIONS } from './grammar';
import { RUNS, SEED } from './settings';

const list = (names: Iterable<string>) => [...names].map((n) => `\`${n}\``).join(', ');

/** The "How fidelity is tested" part of docs/model.md, generated from the test setup and the registry. */
export function renderFidelityDoc(): string {
  const modelled = new Set(virshCommands.map((c) => c.name));
  const missing = virshHelpCommands.map((c) => c.name).filter((n) => !modelled.has(n));
  return [
    '',
    '## How fidelity is tested',
    '',
    `- **Recorded scenarios** (\`conformance/\`): ${scenarios.length} scenarios recorded from real virsh 9.0.0 against the`,
    '  test driver, replayed byte for byte (stdout, stderr, exit status) by `npm test`.',
    `- **Differential batch** (\`conformance/differential/\`): ${RUNS} scripts (seed ${SEED}) generated from virsh's own`,
    '  help tables run through real `virsh -c test:///…` and VirtLab; `npm run fuzz:virsh -- --runs N --seed S` runs more,',
    '  `--survey` lists every divergence. A failure prints the script fast-check shrank and both outputs; each divergence',
    '  found becomes a recorded scenario. Without `virsh` the batch says loudly that it was skipped.',
    `- Commands in the batch (${differentialCommands.length}): every modelled command but ${list(LEFT_OUT)} — real virsh`,
    '  hangs now and then in save, managedsave, dump and migrate on the test driver, and hostname/cd print the machine',
    '  and $HOME; recorded scenarios cover those. Options left out of generated scripts (not modelled): ' +
      `${UNMODELLED_OPTIONS.size ? list(UNMODELLED_OPTIONS) : 'none'}.`,
    '- Values come from the edges: scaled integers with every suffix in any case, overflow and negatives; cpulists with',
    '  blanks, `^`, `r` and huge ranges; names with `/`, quotes, UTF-8 and the empty word; every option spelling',
    '  (`--opt value`, `--opt=value`, positional); `;`, newlines, comments and escapes; argv, one command line, or',
    '  stdin; `test:///default`, URIs with query, fragment or no path, and node files valid and broken.',
    '',
    '## What is modelled and what is not',
    '',
    `- ${modelled.size} of virsh 9.0's ${virshHelpCommands.length} commands answer on \`test:///\` as real virsh does there:`,
    `  ${modelled.size - allRefusals.length} run as the test driver runs them, and ${allRefusals.length} whose API the test driver lacks`,
    '  fail as it fails, after the same lookups and option checks ("this function is not supported by the connection',
    '  driver: virXxx"; `lib/shell/virsh/commands/unsupported-data.ts` and `unsupported-domain-data.ts`, replayed',
    "  by the `unsupported-*` scenarios). The *edit commands run the session's editor, which returns the file",
    '  unchanged unless one is given (as `EDITOR=true`); event loops time out, or answer as interrupted without',
    '  --timeout (decision 026).',
    '  Virtual networks (name, uuid, forward, bridge, mac, domain and ip with its dhcp ranges and hosts; other network',
    "  XML elements are dropped) on the test driver and, through libvirtd's network driver, on the lab's hosts: KVM",
    "  hosts start with the NAT `default` network on virbr0 (192.168.122.0/24), Xen hosts with none. On the lab's",
    "  hosts the test driver's refusals answer `command '…' is not simulated by VirtLab`.",
    '  Storage pools and volumes, node devices and host interfaces are modelled on the test driver only:',
    '  `default-pool` (100 GiB; volumes take their allocation from it), `computer` and its FC SCSI hosts (vHBAs),',
    '  `eth1` and change transactions; pool XML keeps what each pool type keeps, interface XML the elements',
    '  virInterfaceDefFormat writes. Random (version 4) UUIDs libvirt makes up are normalised before comparing.',
    '  Tuning is modelled on the test driver only (decision 030): blkiotune, blkdeviotune, numatune, perf, domiftune',
    "  and the IOThread commands change the domain's definitions, which dumpxml prints and define reads back.",
    ...(missing.length
      ? [
          `- The other ${missing.length} still answer \`command '…' is not simulated by VirtLab\` (\`conformance/not-simulated.ts\`,`,
          '  kept exact by a test); on the test driver real virsh runs them (pool and interface editors,',
          '  event waits, more domain queries…):',
          '',
          `  ${list(missing)}.`,
        ]
      : [
          "- None answers `command '…' is not simulated by VirtLab` on test:/// (`conformance/not-simulated.ts` is empty,",
          "  kept so by a test). cpu-baseline runs libvirt 9.0's CPU drivers: the x86 map generated from",
          "  /usr/share/libvirt/cpu_map (`lib/sim/cpu/cpu-map.gen.ts`), x86Baseline's intersect-and-decode, the ppc64",
          "  and ARM rules, --features' expansion (decision 036).",
        ]),
    '',
    "- `--xpath`/`--wrap` on every *-dumpxml VirtLab models: libxml2 2.9's XPath compiler ported step for step (its",
    "  errors and carets on stderr), its streaming-pattern shortcut, XPath 1.0's functions and axes, and xmlNodeDump's",
    '  output (`lib/shell/virsh/xpath/`); the namespace axis and ID attributes are not modelled.',
    '- Output is compared in the C locale (`LC_ALL=C`): table cells escape non-ASCII bytes as virsh does there; a UTF-8',
    '  locale (`utf8` in `virshMain`) pads by display width. Interactive stdin goes through a model of readline on an',
    '  80-column dumb terminal (decisions 027, 034): CR or LF accepts a line, ^D on an empty line ends the input, Tab',
    '  completes commands, options and domain names (the bell on stderr when ambiguous); the emacs keys edit the line and',
    '  are echoed as readline redraws it (^A ^E ^B ^F ^H DEL ^D ^K ^U ^W ^T ^L ^G, arrows, M-b M-f M-d M-DEL M-t M-u M-l',
    "  M-c, ^] M-^] character search, ^O operate-and-get-next, ^C ^Z ^\\ ^^ unbound and ringing, /etc/inputrc's",
    '  Home/End/Delete/Ctrl+arrows); the history (^P ^N, up/down, M-< M->, 500 lines, an edited',
    '  history line put back once accepted, `!` never expanded), ^R/^S incremental searches with their prompts, the kill',
    '  ring (^Y, M-y), undo (^_, ^X^U) and numeric arguments (M-digits, M--) carry from line to line; quoted insert',
    '  (^Q, ^V: the key shown `^X`, a TAB to the next stop). vi mode when the inputrc says `set editing-mode vi`',
    "  ($INPUTRC — a missing one means none — else ~/.inputrc, else Debian's /etc/inputrc; a user file drops Debian's",
    "  bindings unless it $includes it; the console reads /root/.inputrc): insert mode's keys, ESC, counts, every",
    '  command of readline 8.2 — motions h l 0 ^ $ | w W b B e E f F t T ; , % `, d c y with any of them (dd cc yy D C',
    '  Y), x X r R s S ~ p P U m G # _ \\ * = & and . (redo), i a I A, k j, u, / ? n N — and ^E / M-C-j between vi and',
    "  emacs (decisions 045, 049, 054); M-* M-= M-? list or insert every completion (columns, readline's query from 100",
    '  matches, --More--), M-& expands ~; a bracketed paste (\\e[200~ … \\e[201~) is inserted as it is, newlines kept;',
    '  the inputrc is read line by line as bind.c reads it: bell-style, show-all-if-ambiguous (no value means on),',
    '  $if / $else / $endif, `set keymap` (emacs, emacs-meta, emacs-ctlx, vi, vi-command, vi-insert) and key bindings and',
    "  macros into the keymap in force — vi's insert and movement keymaps included — and readline's complaints about a line",
    '  it cannot take go to stderr (`readline: ~/.inputrc: line 3: foo: unknown variable name`; decision 062). In a UTF-8',
    "  locale (the console's LANG, `LC_ALL=C.UTF-8`) the point moves over whole characters, vi's motions, x X r ~ f t",
    '  s c d y p . take whole characters and the screen counts columns (2 for a CJK character; decision 062).',
    "  Not modelled: keyboard macros, the active region's redraw after ^X^X, filename completion, and the horizontal",
    '  scroll of a line that was edited.',
    "- The console's shell has an environment (`env`, `printenv`, `NAME=value command`): LANG is the page's language",
    '  (`en_US.UTF-8`, `ja_JP.UTF-8`), so virsh prints Japanese on a Japanese page wherever its output goes — pipes,',
    '  files, a redirected stderr — as real virsh does in that locale (decision 045); xl and xm have no catalogue.',
    "- bash's job control at the console (decision 050): a list ending in `&` is a job (`[1] 4301`); `xl migrate`,",
    "  `xm migrate` and `virsh migrate` keep it running until the migration ends, then print their last words (xl's",
    "  closing dialogue or failed_resume lines, xend's xc_save fault, libvirt's error) and bash's `Done`/`Exit N` line",
    '  at the next prompt; any other command has ended at once. `jobs [-lnprs]`, `fg`, `bg`, `wait [%n|pid]` answer as',
    '  bash; `kill`, `disown`, Ctrl+Z and stopped jobs are not modelled (one line says so).',
    "- A Xen migration's guests (decision 050): `xl destroy <name>--incoming` on the target fails it (the sender resumes",
    '  the guest), `xl destroy <name>--migratedaway` in the switch-over ends it; other xl commands on an arriving guest',
    "  say in one line the lab does not act on it. libvirt's libxl driver has no domainAbortJob: `virsh domjobabort`",
    "  on a Xen host is refused in every stage. Not modelled: xl's `(null)` dying domain, `on_crash` (nothing in the lab",
    '  crashes a guest).',
    '',
  ].join('\n');
}
