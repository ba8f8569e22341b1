// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HintButton } from '../HintButton';
import { loadHint } from '../lazy-hint-load';

afterEach(cleanup);
// The tooltip's code (Radix) loads on first use: on a busy CI box that import alone can pass waitFor's 1 s.
// (Awaited, not returned: a hook's returned function is taken for its teardown.)
beforeAll(async () => {
  await loadHint();
}, 30_000);

/** Focus the button as a Tab would (LazyHint opens a hint on focus only after a Tab key). */
function tabTo(el: HTMLElement) {
  fireEvent.keyDown(window, { key: 'Tab' });
  act(() => el.focus());
}

describe('HintButton', () => {
  it('keeps its element and its focus while its reason appears and disappears', () => {
    const { rerender } = render(<HintButton>Start</HintButton>);
    const button = screen.getByRole('button', { name: 'Start' });
    act(() => button.focus());
    rerender(<HintButton disabledWhy="Domain is already active">Start</HintButton>);
    expect(screen.getByRole('button', { name: 'Start' })).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    rerender(<HintButton>Start</HintButton>);
    expect(screen.getByRole('button', { name: 'Start' })).toBe(button);
    expect(document.activeElement).toBe(button);
    rerender(<HintButton hint="Boot the guest">Start</HintButton>);
    expect(screen.getByRole('button', { name: 'Start' })).toBe(button);
    expect(document.activeElement).toBe(button);
  });

  it('with neither reason nor hint, a Tab opens no tooltip', async () => {
    render(<HintButton>Start</HintButton>);
    const button = screen.getByRole('button', { name: 'Start' });
    tabTo(button);
    await new Promise((r) => setTimeout(r, 50));
    expect(button.getAttribute('data-hint')).toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says its reason once, with the tooltip closed and open', async () => {
    render(<HintButton disabledWhy="Domain is not running">Suspend</HintButton>);
    const button = screen.getByRole('button', { name: 'Suspend' });
    // closed: the reason is the description
    expect(screen.getByRole('button', { name: 'Suspend', description: 'Domain is not running' })).toBe(button);
    tabTo(button);
    await waitFor(() => expect(button.getAttribute('data-hint')).toBe('open'), { timeout: 10_000 });
    // open: still the reason, once (not "Domain is not running Domain is not running")
    expect(screen.getByRole('button', { name: 'Suspend', description: 'Domain is not running' })).toBe(button);
    act(() => button.blur());
    await waitFor(() => expect(button.getAttribute('data-hint')).toBe('closed'), { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Suspend', description: 'Domain is not running' })).toBe(button);
  });

  it('a reason and a hint: each heard once while the tooltip is open', async () => {
    render(
      <HintButton disabledWhy="Domain is not running" hint="Pause the guest's vCPUs">
        Suspend
      </HintButton>,
    );
    const button = screen.getByRole('button', { name: 'Suspend' });
    tabTo(button);
    await waitFor(() => expect(button.getAttribute('data-hint')).toBe('open'), { timeout: 10_000 });
    expect(
      screen.getByRole('button', { name: 'Suspend', description: "Domain is not running Pause the guest's vCPUs" }),
    ).toBe(button);
  });
});
