import { describe, expect, it } from 'vitest';
import { runLine } from '../../../mocks/run-line';
import { freshLab } from '../../../mocks/store';
import { Console } from '../xen/__tests__/lab';
import { realBash } from './real-bash';

// Real bash 5.2 running the line as one shell (./real-bash.ts).
const real = (line: string) => realBash(line);

// Programs both this machine (Debian 12) and the lab's KVM hosts have at the same paths.
const LINES = [
  'hash; type virsh; virsh -c test:///default list --name >/dev/null; type virsh; hash',
  'cat /dev/null | wc -l >/dev/null; hash; wc -l </dev/null >/dev/null; head </dev/null; cat /dev/null; type wc; type -t head; hash',
  'wc </dev/null >/dev/null; cat /dev/null; hash -t wc cat; hash -t wc; hash -l; hash nosuch; hash; hash -r; hash; type wc; nosuchcmd; hash',
  'hash virsh grep sed ls cp; hash; type -p grep; type -P ls; type -a sed; hash; /usr/bin/cat /dev/null; hash -t grep sed; hash -d cat; hash -d ls; hash',
  'hash cd echo; hash; env cat /dev/null; hash; hash -p /usr/bin/virsh v; hash -t v; hash -l',
  'grep -q x /dev/null; grep -q x /dev/null; ls /nope 2>/dev/null; type grep ls; hash -x',
  // bash's `command`: runs a program (hashing it), -v/-V describe (a hit when hashed, never added).
  'command -v cat cd for nosuch; echo "s $?"; hash; command cat /dev/null; hash; command -v cat; command -V cat cd for nosuch; echo "s $?"; hash',
  'command nosuch; echo "s $?"; command; echo "s $?"; command -x; echo "s $?"; command -v /usr/bin/cat ./nope; command -v nosuch; echo "s $?"; command -V nosuch; command -- cat /dev/null; type command',
  // -d and -t need names; the last of -v/-V decides how command describes.
  'hash -t; echo "s $?"; hash -d; echo "s $?"; hash -dt; hash -r -t; echo "s $?"; command -Vv cat; command -vV cat',
  // The bucket order by the name's UTF-8 bytes.
  'hash -p /usr/bin/cat é; hash -p /usr/bin/wc b; hash -p /usr/bin/ls 名前; hash -p /usr/bin/cp z; hash -l',
  // A name hashed with -p runs that path, unchecked (a pipeline's copy of the table too); -p refuses a directory.
  'hash -p /nope/x cat; cat /dev/null; echo "s $?"; hash; hash -p /usr/bin/wc cat; cat </dev/null; hash -t cat; type cat; command cat </dev/null; cat </dev/null | cat; echo "s $?"; hash',
  // command -p: the standard PATH (/bin:/usr/bin), not the table, hashed anew; -pv/-pV read the table first.
  'command -p cat /dev/null; hash; command -pv cat; command -pV cat wc; hash -p /nope/x cat; command -pv cat; command -pV cat; hash; command -p cat /dev/null; echo "s $?"; hash; type cat',
  'command -pv wc nosuch; echo "s $?"; command -pV nosuch; echo "s $?"; hash; command -p nosuch; echo "s $?"; command -p -- cat /dev/null; command -pp cat /dev/null; command -p cd /; pwd; hash',
  'hash -p /etc a b; echo "s $?"; hash; hash -p /usr/bin/cat lsx; lsx /dev/null; echo "s $?"; hash',
];

describe("bash's hash table on a lab host's console, as real bash 5.2 (was: type always 'is /usr/bin/…', no hash)", () => {
  it.each(LINES)('%s', (line) => {
    const c = new Console(undefined, 'kvm1');
    const labLine = line.replaceAll('virsh -c test:///default', 'virsh');
    expect(c.run(labLine)).toEqual(real(line));
  });

  it('the table lasts from one console line to the next (kept in the journal, never in the world)', () => {
    let lab = freshLab(1000);
    const at = (line: string, now: number) => {
      const r = runLine(lab, { host: 'kvm1', line, now, source: 'console' });
      lab = r.lab;
      return r;
    };
    const before = lab.world;
    at('virsh list --name', 2000);
    expect(at('type virsh', 3000).transcript.stdout).toBe('virsh is hashed (/usr/bin/virsh)\n');
    // A refused command is hashed too, and changes no world.
    at('virsh start nosuch', 4000);
    expect(at('hash', 5000).transcript.stdout).toBe('hits\tcommand\n   3\t/usr/bin/virsh\n');
    expect(lab.world.hosts).toEqual(before.hosts);
    // Another host's console is another shell.
    expect(runLine(lab, { host: 'kvm2', line: 'hash', now: 6000, source: 'console' }).transcript.stdout).toBe(
      'hash: hash table empty\n',
    );
    at('hash -r', 7000);
    expect(at('type virsh', 8000).transcript.stdout).toBe('virsh is /usr/bin/virsh\n');
  });
});
