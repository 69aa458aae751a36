import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmailQualityHint } from '../../../components/quality/EmailQualityHint';

describe('<EmailQualityHint>', () => {
  it('suggests the likely domain and hands it back when accepted', () => {
    const onAccept = vi.fn();
    render(<EmailQualityHint email="Jane@gmial.com" onAccept={onAccept} />);
    expect(screen.getByTestId('email-quality').textContent).toContain('Did you mean jane@gmail.com?');
    fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
    expect(onAccept).toHaveBeenCalledWith('jane@gmail.com');
  });

  it('flags role and throwaway addresses', () => {
    render(<EmailQualityHint email="contact@yopmail.com" />);
    const text = screen.getByTestId('email-quality').textContent;
    expect(text).toContain('shared address');
    expect(text).toContain('throwaway-mail');
  });

  it.each(['jane@acme.com', 'not an email', ''])('renders nothing for %j', (email) => {
    const { container } = render(<EmailQualityHint email={email} />);
    expect(container.textContent).toBe('');
  });
});
