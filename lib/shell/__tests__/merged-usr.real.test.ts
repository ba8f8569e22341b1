import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';
import { realBash } from './real-bash';

/** ls -l's time column (the files' real dates here, the lab's clock there) made one placeholder. */
const undated = (s: string) => s.replace(/ [A-Z][a-z]{2} [ \d]\d {1,2}(\d{4}|\d\d:\d\d) /g, ' DATE ');

// This machine is Debian 12 too: /bin and /sbin are links into /usr, as on the lab's KVM hosts.
const LINES = [
  'ls -ld /bin /sbin; ls -d /bin; ls /sbin/ >/dev/null; ls -l /bin >/dev/null; ls -ld /bin/ >/dev/null; echo "s $?"',
  'cd /sbin; pwd; pwd -P; pwd -L; cd -P /bin; pwd; cd /bin/..; pwd; cd -P /bin/..; pwd; cd /; cd /bin; cd -P .; pwd',
  'test -L /bin && echo link; test -h /sbin && echo link; test -d /bin && echo dir; test -L /usr/bin || echo not',
  'readlink /bin /sbin; echo "s $?"; readlink -f /bin /sbin/.. /bin/cat; readlink /usr/bin; echo "s $?"; readlink -v /usr/bin nosuch; echo "s $?"',
  'readlink; echo "s $?"; readlink -x /bin; echo "s $?"; readlink -e /nope/x; echo "s $?"; readlink -f /tmp/nosuch; readlink -n /bin; echo',
  'pwd -x; echo "s $?"; cd -x /; echo "s $?"; cd -LP /sbin; pwd; cd -PL /sbin; pwd; cd -- /bin; pwd -P',
  // readlink is coreutils' program, not a builtin (h80's review: the lab said "a shell builtin").
  'type readlink; type -t readlink; which readlink; readlink /bin >/dev/null; hash -t readlink',
  // -f and -e follow the links `ln -s` made too (h80: the lab stopped at the link).
  'cd /tmp; rm -f vl17-f vl17-l; echo x > vl17-f; ln -s /tmp/vl17-f vl17-l; readlink vl17-l; readlink -f vl17-l; readlink -e vl17-l; rm -f vl17-f vl17-l',
];

describe("Debian 12's merged /usr on a KVM host's console, as real bash 5.2 and ls 9.1 (was: /bin a directory)", () => {
  it.each(LINES)('%s', (line) => {
    const c = new Console(undefined, 'kvm1');
    const lab = c.run(line);
    const real = realBash(line);
    expect({ ...lab, out: undated(lab.out) }).toEqual({ ...real, out: undated(real.out) });
  });

  it('ls -l / lists the two links among the directories', () => {
    const out = new Console(undefined, 'kvm1').run('ls -l /').out;
    expect(out).toMatch(/^lrwxrwxrwx +1 root root +7 .* bin -> usr\/bin$/m);
    expect(out).toMatch(/^lrwxrwxrwx +1 root root +8 .* sbin -> usr\/sbin$/m);
    expect(out).toMatch(/^drwxr-xr-x +2 root root +4096 .* usr$/m);
  });

  it("a Xen host's Debian 8 has /bin as a directory", () => {
    const c = new Console(undefined, 'xen1');
    expect(c.run('ls -ld /bin').out).toMatch(/^drwxr-xr-x 2 root root 4096 .* \/bin\n$/);
    expect(c.run('cd /bin; pwd -P').out).toBe('/bin\n');
  });
});
