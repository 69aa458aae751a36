import { readFileSync } from 'node:fs';
import { extractLinkedInProfile, settleLinkedInReport } from '../../../lib/capture/linkedin';
import { createLinkedInReader } from '../../../lib/capture/linkedin-page';
import { PageReportSchema } from '../../../lib/capture/profile-schema';
import type { CapturedProfile } from '../../../lib/capture/profile';
import { fixtureDocument } from './fixture';

// Real pages LinkedIn served (tests/fixtures/linkedin/README.md), each with the result expected from it.
// `npm run bench:extract` checks the same expectations in Chromium, whose HTML parser follows the spec.
interface RealCase {
  file: string;
  url: string;
  variant: string;
  profile: CapturedProfile | null;
}
const CASES: RealCase[] = JSON.parse(readFileSync('tests/fixtures/linkedin/real/expected.json', 'utf8'));

describe('extractLinkedInProfile on real pages', () => {
  it('covers every real page in the folder', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(14);
    expect(CASES.filter((c) => c.profile === null).length).toBeGreaterThanOrEqual(3);
  });

  it.each(CASES)('$variant ($file)', ({ file, url, profile }) => {
    expect(extractLinkedInProfile(fixtureDocument(`linkedin/real/${file}`), url)).toEqual(profile);
  });

  it.each(CASES)('the content script\'s report passes the background\'s validation and gives the same profile ($file)', ({ file, url, profile }) => {
    const report = createLinkedInReader()(fixtureDocument(`linkedin/real/${file}`), url);
    const parsed = PageReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.error).toBeUndefined();
    expect(settleLinkedInReport(parsed.data!).profile).toEqual(profile);
  });

  it('never takes a degree marker, a sentence or a page heading for data', () => {
    for (const { profile } of CASES) {
      if (!profile) continue;
      for (const value of [profile.fullName, profile.title, profile.headline, profile.company]) {
        expect(value ?? '').not.toMatch(/^[·•]?\s*[123](?:st|nd|rd|\.)?$/);
      }
      expect(profile.fullName.split(' ').length).toBeLessThanOrEqual(4);
    }
  });
});
