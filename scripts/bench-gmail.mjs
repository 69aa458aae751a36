// Speed of the Gmail and page capture work, in real Chromium (no extension needed):
//   node scripts/bench-gmail.mjs
// - scanPageEmails on the 10,000-address fixture page (bounded at 500, and unbounded for comparison);
// - readGmailThread (the Gmail content script's work per report) on the partnership thread,
//   and on a hostile thread with 3,000 addresses.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const bundle = async (entry, name) =>
  (await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: name, target: 'chrome120' })).outputFiles[0].text;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
await page.route('**/*', (route) => route.abort());

async function median(fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

await page.setContent(readFileSync('tests/fixtures/pages/many-emails.html', 'utf8'));
await page.addScriptTag({ content: await bundle('lib/capture/page-emails.ts', 'pageEmails') });
for (const limit of [500, 20000]) {
  const ms = await median(() =>
    page.evaluate((limit) => {
      const t = performance.now();
      const scan = window.pageEmails.scanPageEmails(limit);
      if (!scan.addresses.length) throw new Error('nothing found');
      return performance.now() - t;
    }, limit),
  );
  console.log(`scanPageEmails, 10,000 addresses on the page, limit ${limit}: ${ms.toFixed(1)} ms (median of 7)`);
}

await page.setContent(readFileSync('tests/fixtures/gmail/thread-partnership.html', 'utf8'));
await page.addScriptTag({ content: await bundle('lib/capture/gmail-read.ts', 'gmailRead') });
const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';
const thread = await median(() =>
  page.evaluate((url) => {
    const t = performance.now();
    for (let i = 0; i < 100; i++) window.gmailRead.readGmailThread(document, url);
    return (performance.now() - t) / 100;
  }, url),
);
console.log(`readGmailThread, 5-message thread: ${thread.toFixed(3)} ms per read`);

const hostile = await median(() =>
  page.evaluate((url) => {
    document.body.replaceChildren();
    const message = document.createElement('div');
    message.className = 'adn';
    for (let i = 0; i < 3000; i++) {
      const span = document.createElement('span');
      span.className = 'g2';
      span.setAttribute('email', `person${i}@example.com`);
      message.append(span);
    }
    document.body.append(message);
    const t = performance.now();
    const report = window.gmailRead.readGmailThread(document, url);
    if (report.people.length !== 200) throw new Error('not capped');
    return performance.now() - t;
  }, url),
);
console.log(`readGmailThread, hostile thread with 3,000 addresses (capped at 200): ${hostile.toFixed(1)} ms`);
await browser.close();
