import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PendingRow } from '../../../components/capture/PendingRow';
import type { PendingProfile } from '../../../lib/db/database';

// Finding 10: the To complete list rendered any https URL as a link.
const row = (linkedinUrl: string): PendingProfile => ({
  linkedinUrl,
  profile: { fullName: 'Jane Doe' },
  sourceUrl: linkedinUrl,
  method: 'linkedin',
  createdAt: 1,
  updatedAt: 1,
});

afterEach(cleanup);

describe('To complete: links', () => {
  it('links a LinkedIn profile, to its canonical URL', () => {
    render(<ul><PendingRow row={row('https://fr.linkedin.com/in/jane-doe/?trk=x')} /></ul>);
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe');
  });

  it.each([
    'https://evil.example/in/jane-doe',
    'https://www.linkedin.com.evil.example/in/jane-doe',
    'javascript:alert(1)',
    'http://www.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fevil.example',
    'https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH',
    '/in/jane-doe',
  ])('shows %s as text, not a link', (url) => {
    render(<ul><PendingRow row={row(url)} /></ul>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Jane Doe')).toBeTruthy();
  });
});
