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
});
