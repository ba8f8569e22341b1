// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '@/lib/api/contract';
import messages from '@/messages/en.json';
import { ConsoleEntry } from '../ConsoleEntry';

afterEach(cleanup);

const line = (t: Partial<Transcript>): Transcript => ({
  seq: 1,
  time: 0,
  host: 'kvm1',
  cwd: '/root',
  line: '',
  stdout: '',
  stderr: '',
  status: 0,
  source: 'console',
  ...t,
});

function promptOf(t: Transcript) {
  const { container } = render(
    <NextIntlClientProvider locale="en" messages={messages}>
      <ConsoleEntry t={t} />
    </NextIntlClientProvider>,
  );
  return container.querySelector('.text-term-prompt')?.textContent;
}

describe("a console line's own prompt is bash's prompt before it ran", () => {
  it('`cd /tmp` typed at ~ shows ~ (was: the directory it went to); a line that stayed shows where it ran', () => {
    expect(promptOf(line({ line: 'cd /tmp', cwd: '/tmp', typedIn: '/root' }))).toBe('root@kvm1:~#');
    expect(promptOf(line({ line: 'ls', cwd: '/tmp' }))).toBe('root@kvm1:/tmp#');
  });
});
