import { describe, expect, it } from 'vitest';
import { settleLinkedInReport } from '../../../lib/capture/linkedin';
import { createLinkedInReader as createReader } from '../../../lib/capture/linkedin-page';

/** The reader's reports as the background settles them (the content script sends facts, not profiles). */
function createLinkedInReader() {
  const read = createReader();
  return (doc: Document, url: string) => settleLinkedInReport(read(doc, url));
}
import { loadFixture } from './fixtures';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const ELODIE = 'https://www.linkedin.com/in/elodie-martin/';

describe('LinkedIn reader across SPA navigations', () => {
  it('reports nothing for a new URL while the card still shows the previous person', () => {
    const read = createLinkedInReader();
    const doc = loadFixture('classic-logged-in.html');
    expect(read(doc, JANE).profile?.fullName).toBe('Jane Doe');
    // The URL changed, the DOM did not yet.
    expect(read(doc, ELODIE)).toEqual({ url: ELODIE, method: 'linkedin', profile: null });
    // The new card renders.
    doc.querySelector('h1')!.textContent = 'Élodie Martin';
    doc.querySelectorAll('a[href*="/in/jane-doe/"]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace('jane-doe', 'elodie-martin')));
    expect(read(doc, ELODIE).profile).toMatchObject({ fullName: 'Élodie Martin', linkedinUrl: 'https://www.linkedin.com/in/elodie-martin' });
  });

  it('accepts a namesake once the card links the new profile', () => {
    const read = createLinkedInReader();
    const doc = loadFixture('classic-logged-in.html');
    read(doc, JANE);
    const other = 'https://www.linkedin.com/in/jane-doe-42/';
    expect(read(doc, other).profile).toBeNull();
    doc.querySelectorAll('a[href*="/in/jane-doe/"]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace('jane-doe', 'jane-doe-42')));
    expect(read(doc, other).profile?.linkedinUrl).toBe('https://www.linkedin.com/in/jane-doe-42');
  });

  it('keeps the person when only the overlay opens on the same profile', () => {
    const read = createLinkedInReader();
    const doc = loadFixture('contact-info-overlay.html');
    read(doc, JANE);
    expect(read(doc, `${JANE}overlay/contact-info/`).profile?.email).toBe('jane.doe@acme-robotics.com');
  });

  it('labels Sales Navigator pages', () => {
    const read = createLinkedInReader();
    expect(read(loadFixture('salesnav-lead.html'), 'https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x').method).toBe('salesnav');
  });
});
