import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractGmailThread } from '../../../lib/capture/gmail';
import { extractLinkedInProfile } from '../../../lib/capture/linkedin';
import { scanPageEmails } from '../../../lib/capture/page-emails';
import { CapturedProfileSchema, GmailThreadReportSchema } from '../../../lib/capture/profile-schema';
import { readGmailThread } from '../../../lib/capture/gmail-read';
import { FUZZ, timed } from './budget';

// Page HTML for the extractors: real fixture pages with random elements,
// attributes and text spliced in, and pages made only of such pieces. An
// extractor never throws, stays within its time bound, and what the content
// script would report passes the background's own schema.
const linkedin = ['classic-logged-in.html', 'public-profile.html', 'salesnav-lead.html', 'contact-info-overlay.html'].map((f) => readFileSync(`tests/fixtures/linkedin/${f}`, 'utf8'));
const gmail = ['thread-cold.html', 'bounce-gmail.html', 'thread-partnership.html'].map((f) => readFileSync(`tests/fixtures/gmail/${f}`, 'utf8'));

// eslint-disable-next-line no-control-regex -- NUL and bidi overrides are part of what a hostile page holds
const text = fc.stringMatching(/^[a-zA-Z0-9 @.<>&;"'\-éü\u202E\u0000]{0,120}$/);
const tag = fc.constantFrom('div', 'span', 'h1', 'h2', 'h3', 'a', 'section', 'main', 'code', 'script', 'li', 'p', 'meta', 'table', 'td');
const attr = fc.tuple(
  fc.constantFrom('class', 'email', 'name', 'href', 'id', 'role', 'data-message-id', 'property', 'content', 'aria-label', 'type'),
  fc.oneof(text, fc.constantFrom('gD', 'g2', 'a3s', 'adn', 'hP', 'pv-top-card', 'text-heading-xlarge', 'mailto:x@y.co', 'main', 'og:title', 'application/ld+json')),
).map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`);
const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 })).map(([t, attrs, kids]) => `<${t} ${attrs.join(' ')}>${kids.join('')}</${t}>`),
  ),
})).node as fc.Arbitrary<string>;

const spliced = (pages: string[]) =>
  fc.tuple(fc.constantFrom(...pages), fc.array(element, { maxLength: 6 }), fc.nat()).map(([page, pieces, at]) => {
    const cut = at % page.length;
    return page.slice(0, cut) + pieces.join('') + page.slice(cut);
  });
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('fuzz: page HTML for the extractors', () => {
  it('LinkedIn: a profile that passes the report schema, or null', async () => {
    const page = fc.oneof(spliced(linkedin), fc.array(element, { maxLength: 8 }).map((p) => `<main>${p.join('')}</main>`));
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom('https://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/sales/lead/ACw,NAME'), async (html, url) => {
        const profile = await timed('linkedin', () => extractLinkedInProfile(doc(html), url));
        if (profile) expect(CapturedProfileSchema.safeParse(profile).success).toBe(true);
      }),
      { seed: FUZZ.seed, numRuns: 80 },
    );
  });

  it('Gmail: the thread report passes the schema; enrichment and the page scan never throw', async () => {
    const page = fc.oneof(spliced(gmail), fc.array(element, { maxLength: 8 }).map((p) => `<div role="main">${p.join('')}</div>`));
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLjsKLhHdBcvKq';
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        const parsed = doc(html);
        const report = await timed('gmail read', () => readGmailThread(parsed, url));
        if (report) expect(GmailThreadReportSchema.safeParse(report).success).toBe(true);
        await timed('gmail enrich', () => extractGmailThread(parsed, url));
        await timed('page scan', () => scanPageEmails(500, parsed));
      }),
      { seed: FUZZ.seed, numRuns: 80 },
    );
  });
});
