// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../fields';

afterEach(cleanup);

describe('Field', () => {
  it('names its control by the label alone and describes it by the hint', () => {
    render(
      <Field label="Size" hint="64 to 1024 MiB (up to its Max memory)">
        <input type="number" />
      </Field>,
    );
    const input = screen.getByRole('spinbutton', { name: 'Size' });
    expect(screen.getByRole('spinbutton', { description: '64 to 1024 MiB (up to its Max memory)' })).toBe(input);
  });

  it('without a hint: the label names it, nothing describes it', () => {
    render(
      <Field label="New name">
        <input />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'New name' });
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('keeps a control’s own id and description', () => {
    render(
      <>
        <Field label="Target host" hint="A running host">
          <select id="target" aria-describedby="more">
            <option>kvm2</option>
          </select>
        </Field>
        <p id="more">Offline hosts are marked.</p>
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Target host' });
    expect(select.id).toBe('target');
    expect(screen.getByRole('combobox', { description: 'Offline hosts are marked. A running host' })).toBe(select);
  });
});
