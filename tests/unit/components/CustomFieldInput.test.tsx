import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CustomFieldInput } from '../../../components/customFields/CustomFieldInput';
import type { CustomFieldDef, CustomValue } from '../../../lib/model';

const budget: CustomFieldDef = { key: 'budget', label: 'Budget', type: 'number', createdAt: 1 };

function Harness({ def, initial, onChange }: { def: CustomFieldDef; initial: CustomValue; onChange: (v: CustomValue) => void }) {
  const [value, setValue] = useState<CustomValue>(initial);
  return (
    <CustomFieldInput
      def={def}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('<CustomFieldInput>', () => {
  it('explains a refused value and passes on only valid, normalized ones', async () => {
    const onChange = vi.fn();
    render(<Harness def={budget} initial={null} onChange={onChange} />);
    const input = screen.getByLabelText('Budget');
    await act(async () => {
      fireEvent.change(input, { target: { value: 'a dozen' } });
      fireEvent.blur(input);
    });
    expect(screen.getByRole('alert').textContent).toBe('Enter a number, such as 1200 or 1 200,50.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.change(input, { target: { value: '1 200,5' } });
      fireEvent.blur(input);
    });
    expect(onChange).toHaveBeenLastCalledWith(1200.5);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((input as HTMLInputElement).value).toBe('1200.5');
  });

  it('offers the choices of a choice field and "not set"', async () => {
    const onChange = vi.fn();
    render(<Harness def={{ key: 'plan', label: 'Plan', type: 'choice', options: ['Gold', 'Silver'], createdAt: 1 }} initial="Gold" onChange={onChange} />);
    const select = screen.getByLabelText('Plan') as HTMLSelectElement;
    expect(select.value).toBe('Gold');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Not set', 'Gold', 'Silver']);
    await act(async () => {
      fireEvent.change(select, { target: { value: '' } });
    });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows a value replaced from outside', () => {
    const { rerender } = render(<CustomFieldInput def={budget} value={10} onChange={() => {}} />);
    expect((screen.getByLabelText('Budget') as HTMLInputElement).value).toBe('10');
    rerender(<CustomFieldInput def={budget} value={25} onChange={() => {}} />);
    expect((screen.getByLabelText('Budget') as HTMLInputElement).value).toBe('25');
  });
});
