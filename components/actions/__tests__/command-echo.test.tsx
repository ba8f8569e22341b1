// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it } from 'vitest';
import messages from '@/messages/en.json';
import { CommandEcho } from '../CommandEcho';

afterEach(cleanup);

describe('CommandEcho', () => {
  it('shows a line typed over several as the console does: each further line after bash’s "> "', () => {
    render(
      <NextIntlClientProvider locale="en" messages={messages}>
        <CommandEcho
          transcript={{
            host: 'kvm1',
            line: 'for d in web01 build01\ndo virsh domstate $d\ndone',
            stdout: 'running\n\nrunning\n\n',
            stderr: '',
          }}
        />
      </NextIntlClientProvider>,
    );
    const echo = screen.getByRole('status');
    const lines = [...echo.querySelectorAll(':scope > div')].map((d) => d.textContent);
    expect(lines).toEqual(['root@kvm1:~# for d in web01 build01', '> do virsh domstate $d', '> done']);
  });

  it('shows stdout and stderr in the order the terminal showed them (decision 082), errors marked', () => {
    const stdout = 'Network default destroyed\n\nshut off (failed)\n\n';
    const stderr = "error: Failed to start domain 'build01'\nerror: network 'default' is not active\n\n";
    render(
      <NextIntlClientProvider locale="en" messages={messages}>
        <CommandEcho
          transcript={{
            host: 'kvm1',
            line: 'virsh net-destroy default; virsh start build01; virsh domstate build01 --reason',
            stdout,
            stderr,
            order: [
              [1, 27],
              [2, stderr.length],
              [1, stdout.length - 27],
            ],
          }}
        />
      </NextIntlClientProvider>,
    );
    const pre = screen.getByRole('status').querySelector('pre')!;
    expect(pre.textContent).toBe(`${stdout.slice(0, 27)}${stderr}${stdout.slice(27)}`);
    expect(pre.querySelector('.text-term-err')?.textContent).toBe(stderr);
  });
});
