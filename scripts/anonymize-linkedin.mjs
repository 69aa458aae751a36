// Anonymize a saved LinkedIn page (profile, search results, network list)
// before it becomes a fixture. Usage (documented in tests/fixtures/linkedin/README.md):
//   node scripts/anonymize-linkedin.mjs <in.html> <out.html> [--map map.json] [--report report.json]
// Replaces real people's names, /in/ slugs, emails, phones, photo URLs and
// member ids with invented ones, consistently (same real value -> same fake,
// in text, attributes, JSON blobs, HTML-escaped JSON, percent-encoded URLs),
// and leaves every other byte as it was. It prints what it replaced and what
// it could not decide: read that report before committing the page.
// The map file ({"Real Name": "Fake Name", "any literal": "replacement"}) holds
// real data: keep it out of the repository.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const FIRST = ['Alex', 'Camille', 'Noa', 'Robin', 'Sacha', 'Lou', 'Eden', 'Maxime', 'Jordan', 'Morgan', 'Charlie', 'Ariel', 'Kim', 'Dany', 'Elia', 'Lior', 'Nils', 'Tessa', 'Ilan', 'Mila', 'Oren', 'Yael', 'Timo', 'Lena', 'Ines', 'Hugo', 'Iris', 'Jonas', 'Luca', 'Nora', 'Otto', 'Rosa', 'Sven', 'Vera', 'Zoe', 'Aron', 'Bela', 'Cleo', 'Dario', 'Elsa', 'Fenna', 'Gael', 'Hana', 'Ivo', 'Jana', 'Kai', 'Lara', 'Milo', 'Nina', 'Olek'];
const LAST = ['Quillon', 'Varenne', 'Brisset', 'Marlowe', 'Tessier', 'Ostrand', 'Keller', 'Duval', 'Lindqvist', 'Moreau', 'Petrov', 'Ferrant', 'Halvorsen', 'Castell', 'Rinaldi', 'Novak', 'Brandt', 'Okafor', 'Silvano', 'Vidal', 'Aalto', 'Berrin', 'Corvin', 'Delorme', 'Esterby', 'Falcke', 'Garnier', 'Hollis', 'Ibarra', 'Jansky', 'Korhonen', 'Lemaire', 'Mercer', 'Nyberg', 'Oakridge', 'Pellan', 'Quast', 'Rosander', 'Sauvel', 'Thorne', 'Ulmer', 'Valcourt', 'Wendt', 'Ysard', 'Zeller', 'Arnaud', 'Bexley', 'Carrow', 'Dorsey', 'Elwood'];
// Lower-case words kept inside names (particles), honorifics and credentials: not identifying alone.
const KEEP = new Set(['de', 'da', 'di', 'du', 'des', 'del', 'della', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'el', 'al', 'bin', 'ben', 'y', 'e', 'zu', 'dr', 'prof', 'me', 'ing', 'mr', 'mrs', 'ms', 'mme', 'mba', 'phd', 'linkedin']);
const FREE_MAIL = /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|proton|protonmail|gmx|orange|free|laposte|wanadoo)\./i;

const hash = (s) => createHash('sha256').update(s).digest();
const pick = (list, key) => list[hash(key).readUInt32BE(0) % list.length];
/** Invented characters of the same kind and length, derived from the real value (so it is stable across pages). */
function scramble(value, salt = '') {
  const h = hash(salt + value);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const n = h[i % h.length] ^ (i * 31);
    if (/[0-9]/.test(c)) out += String(n % 10);
    else if (/[a-z]/.test(c)) out += String.fromCharCode(97 + (n % 26));
    else if (/[A-Z]/.test(c)) out += String.fromCharCode(65 + (n % 26));
    else out += c;
  }
  return out;
}

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decodeEntities = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
const unjson = (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, '$1');
const tidy = (s) => unjson(decodeEntities(s)).replace(/\s+/g, ' ').trim();
const safeDecode = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The name part of a display name: no credentials after a comma, no emoji, no "(3)" notification count. */
function nameCore(raw) {
  return raw
    .replace(/^\(\d+\)\s*/, '')
    .split(/\s*[,|]\s*/)[0]
    .replace(/[^\p{L}\p{M}\s.'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const isInitials = (t) => /^\p{Lu}{1,3}\.?$/u.test(t) || /^(\p{L}\.)+$/u.test(t);
/** 2–6 words, each capitalized, an initial or a particle: a name, not a sentence or a UI label. */
function looksLikeName(raw, minWords = 2) {
  const core = nameCore(raw);
  const words = core.split(' ').filter(Boolean);
  if (words.length < minWords || words.length > 6 || core.length > 70) return false;
  if (/linkedin/i.test(core)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || KEEP.has(w.toLowerCase().replace(/\.$/, '')));
}

const Q = `(?:"|\\\\"|&quot;|&#34;)`; // a JSON quote, raw, escaped, or HTML-escaped
const V = `((?:(?!&quot;|&#34;)[^"\\\\<>]|\\\\u[0-9a-fA-F]{4}|\\\\.){1,120})`; // a JSON string value, up to its closing quote

/** Every place a page names a person: structured data first, then headings, links, alts. */
export function findNames(html) {
  const sure = []; // [first, last] or [full]
  const guessed = [];
  const rejected = new Set();
  const weak = []; // name-shaped text from titles, links and bold text: kept only when a slug of the page confirms it
  for (const m of html.matchAll(new RegExp(`${Q}firstName${Q}\\s*:\\s*${Q}${V}${Q}[^{}]{0,400}?${Q}lastName${Q}\\s*:\\s*${Q}${V}${Q}`, 'g'))) sure.push([tidy(m[1]), tidy(m[2])]);
  for (const m of html.matchAll(new RegExp(`${Q}lastName${Q}\\s*:\\s*${Q}${V}${Q}[^{}]{0,400}?${Q}firstName${Q}\\s*:\\s*${Q}${V}${Q}`, 'g'))) sure.push([tidy(m[2]), tidy(m[1])]);
  // JSON-LD: only Person nodes (an Organization's "name" is a company, kept).
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    let data;
    try {
      data = JSON.parse(m[1]);
    } catch {
      continue;
    }
    const walk = (node, depth) => {
      if (!node || typeof node !== 'object' || depth > 6) return;
      if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
      const type = [node['@type']].flat();
      if (type.includes('Person')) {
        if (typeof node.givenName === 'string') sure.push([node.givenName, typeof node.familyName === 'string' ? node.familyName : '']);
        if (typeof node.name === 'string' && looksLikeName(node.name, 1)) guessed.push(node.name);
        else if (typeof node.name === 'string') rejected.add(node.name);
      }
      Object.values(node).forEach((v) => walk(v, depth + 1));
    };
    walk(data, 0);
  }
  const meta = (prop) => [...html.matchAll(new RegExp(`<meta[^>]+(?:property|name)="${prop}"[^>]*>`, 'gi'))].map((m) => m[0].match(/content="([^"]*)"/i)?.[1]).filter(Boolean).map(tidy);
  const firsts = meta('profile:first_name');
  const lasts = meta('profile:last_name');
  firsts.forEach((f, i) => sure.push([f, lasts[i] ?? '']));
  for (const t of [...meta('og:title'), ...meta('twitter:title'), ...[...html.matchAll(/<title[^>]*>([^<]*)<\/title>/gi)].map((m) => tidy(m[1]))]) {
    const head = t.replace(/^\(\d+\)\s*/, '').split(/\s+[-–—|]\s+/)[0];
    if (looksLikeName(head)) weak.push(head); // "Profile Not Found" looks like a name too
    else rejected.add(head);
  }
  const inner = (raw) => raw.replace(/<[^>]*>/g, '\n').split('\n').map(tidy).filter(Boolean);
  for (const m of html.matchAll(/<(h1|h2|h3)\b[^>]*>([\s\S]{0,600}?)<\/\1>/gi)) {
    const first = inner(m[2])[0];
    if (!first || m[1].toLowerCase() !== 'h1') continue;
    if (looksLikeName(first)) guessed.push(first);
    else rejected.add(first);
  }
  for (const m of html.matchAll(/<a\b[^>]*href="[^"]*\/in\/[^"]*"[^>]*>([\s\S]{0,2000}?)<\/a>/gi)) {
    // The link's first line is the person's name; later lines are headlines ("Chief Marketing Officer" looks like a name).
    const line = inner(m[1])[0];
    if (line && looksLikeName(line)) weak.push(line);
  }
  for (const m of html.matchAll(/data-anonymize="person-name"[^>]*>([^<]{1,120})</g)) guessed.push(tidy(m[1]));
  // "<strong>Jane Doe</strong>, <strong>Max Roe</strong> and 3 other mutual connections": names in bold, any language.
  for (const m of html.matchAll(/<strong>(?:<!---->)?([^<]{3,60})(?:<!---->)?<\/strong>/g)) {
    if (looksLikeName(tidy(m[1]))) weak.push(tidy(m[1]));
  }
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const alt = m[0].match(/\balt="([^"]{1,120})"/i)?.[1];
    // Profile photos only: company logos are dms images too, and their alt is a company.
    if (!alt || !/profile-displayphoto|profile-framedphoto|ghost-person/i.test(m[0])) continue;
    if (looksLikeName(tidy(alt))) guessed.push(tidy(alt));
    else rejected.add(tidy(alt));
  }
  // aria-labels are sentences in the UI language ("View Jane Doe’s profile"): the names found above cover them.
  const slugWords = new Set([...html.matchAll(/(?:\/|%2F)in(?:\/|%2F)([^/?#"'&\s<>\\]+)/gi)].flatMap((m) => fold(safeDecode(m[1])).split(/[^\p{L}]+/u)));
  const slugText = [...slugWords].join(' ');
  // "Jane Doe profile picture", "Jane Doe jest otwarty(-a) na oferty pracy": the leading capitalized words, in any language.
  for (const text of [...rejected]) {
    const lead = text.match(/^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){1,3}\p{Lu}[\p{L}\p{M}'’.-]*(?=\s\p{Ll})/u)?.[0];
    if (lead) weak.push(lead);
  }
  for (const name of weak) {
    const words = nameCore(name).split(/[\s-]+/).map(fold).filter((w) => w.length >= 3 && !KEEP.has(w));
    if (words.some((w) => slugWords.has(w) || (w.length >= 4 && slugText.includes(w)))) guessed.push(name);
    else rejected.add(name);
  }
  return { sure, guessed, rejected };
}

/** Everything to replace, then one pass over the page. */
export function anonymize(html, { map = {} } = {}) {
  const tokens = new Map(); // real name word -> fake word
  const literal = new Map(); // exact strings (explicit map, slugs, emails, ids, URLs)
  const report = { names: [], slugs: [], emails: [], phones: [], photos: 0, ids: 0, undecided: [] };
  const used = new Set();
  const fakeWord = (real, list) => {
    let fake = pick(list, real.toLowerCase());
    for (let i = 1; used.has(fake); i++) fake = pick(list, `${real.toLowerCase()}#${i}`) + (i > 40 ? String(i) : '');
    used.add(fake);
    return fake;
  };
  const addWord = (word, list) => {
    const w = word.replace(/[.’']+$/, '');
    if (w.length < 2 || isInitials(w) || KEEP.has(w.toLowerCase())) return;
    const key = w.toLowerCase();
    for (const [k, v] of tokens) if (k.toLowerCase() === key) return tokens.set(w, matchCase(w, v));
    tokens.set(w, matchCase(w, fakeWord(w, list)));
  };
  const fullNames = []; // word lists of whole names, for joined forms (JaneDoe, jane.doe)
  const addName = (first, last) => {
    fullNames.push(nameCore(last === undefined ? first : `${first} ${last}`).split(/[\s-]+/).filter(Boolean));
    const words = (s) => nameCore(s).split(/[\s-]+/).filter(Boolean);
    if (last === undefined) {
      const all = words(first);
      all.forEach((w, i) => addWord(w, i === 0 && all.length > 1 ? FIRST : LAST));
    } else {
      words(first).forEach((w) => addWord(w, FIRST));
      words(last).forEach((w) => addWord(w, LAST));
    }
  };

  for (const [real, fake] of Object.entries(map)) {
    const r = real.split(/\s+/);
    const f = String(fake).split(/\s+/);
    if (r.length === f.length && looksLikeName(real, 1)) r.forEach((w, i) => tokens.set(w.replace(/[.’']+$/, ''), f[i]));
    else literal.set(real, String(fake));
    used.add(String(fake));
  }
  const found = findNames(html);
  for (const [first, last] of found.sure) addName(first, last);
  for (const name of found.guessed) addName(name);
  report.undecided.push(...[...found.rejected].filter(Boolean).map((t) => `not a name? kept: "${t}"`));

  // Slugs: /in/<slug>, escaped or percent-encoded, and publicIdentifier values.
  const slugs = new Set();
  for (const m of html.matchAll(/(?:\/|\\\/|%2F)in(?:\/|\\\/|%2F)([A-Za-z0-9%\-_.\u00C0-\uFFFF]+)/gi)) slugs.add(safeDecode(safeDecode(m[1])).split(/[/?#&]/)[0].replace(/[._]+$/, ''));
  for (const m of html.matchAll(new RegExp(`${Q}(?:publicIdentifier|vanityName)${Q}\\s*:\\s*${Q}${V}${Q}`, 'g'))) slugs.add(tidy(m[1]));
  const slugFake = new Map();
  for (const slug of [...slugs].filter((s) => s.length > 1)) {
    const key = slug.toLowerCase();
    if (slugFake.has(key)) continue;
    const parts = key.split('-').map((part) => {
      if (/^\p{L}{3,}$/u.test(part)) {
        const known = [...tokens].find(([k]) => fold(k) === part);
        if (known) return known[1].toLowerCase();
        const word = part[0].toUpperCase() + part.slice(1);
        addWord(word, LAST); // a slug word is most likely a name: its capitalized form goes too
        if (!tokens.has(word)) return part; // a particle ("van", "der") says nothing alone
        report.undecided.push(`slug word "${part}" matched no name found on the page: its capitalized form is replaced as a name`);
        return tokens.get(word).toLowerCase();
      }
      return scramble(part, 'slug');
    });
    const fake = parts.join('-');
    // Slug words are name words in page order: "jane doe" written in lower case elsewhere goes too.
    fullNames.push(key.split('-').filter((p) => /^\p{L}{3,}$/u.test(p)).map((p) => [...tokens.keys()].find((k) => fold(k) === p) ?? p));
    slugFake.set(key, fake);
    report.slugs.push(`${slug} -> ${fake}`);
    for (const form of new Set([slug, key, encodeURIComponent(slug), encodeURIComponent(slug).toLowerCase(), encodeURIComponent(encodeURIComponent(slug))])) literal.set(form, fake);
  }

  // Emails (also percent-encoded @), keyed case-insensitively.
  for (const m of html.matchAll(/[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b/g)) {
    const email = m[0];
    const [local, domain] = email.split(/@|%40/);
    if (/\.(png|jpe?g|gif|svg|webp|js|css)$/i.test(domain) || /^\d+x$/.test(local)) continue;
    const at = email.includes('%40') ? '%40' : '@';
    const fake = `${scramble(local.toLowerCase(), 'email').replace(/[^a-z0-9.]/g, 'x')}${at}${FREE_MAIL.test(domain) ? domain : 'example.com'}`;
    if (!literal.has(email)) report.emails.push(`${email} -> ${fake}`);
    literal.set(email, fake);
  }

  // Phones: tel: links, JSON phone numbers, and text nodes that are only a phone number.
  const phones = new Set();
  for (const m of html.matchAll(/tel:([+\d][\d\s().%-]{5,})/gi)) phones.add(safeDecode(m[1]).trim());
  for (const m of html.matchAll(new RegExp(`${Q}(?:number|phoneNumber)${Q}\\s*:\\s*${Q}(\\+?[\\d][\\d\\s().-]{5,}\\d)${Q}`, 'g'))) phones.add(m[1]);
  for (const m of html.matchAll(/>\s*(\+?\(?\d[\d\s().\u00a0-]{6,}\d)\s*</g)) {
    const value = m[1];
    const digits = value.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(value) || /^\d+$/.test(value)) {
      report.undecided.push(`number kept (not a phone?): "${value}"`);
      continue;
    }
    phones.add(value);
  }
  for (const phone of phones) {
    // Keep the country code (+33) so parsers still see a plausible number.
    const cc = phone.match(/^\+\d{1,3}/)?.[0] ?? '';
    const fake = cc + scramble(phone.slice(cc.length), 'phone');
    literal.set(phone, fake);
    literal.set(encodeURIComponent(phone), encodeURIComponent(fake));
    report.phones.push(`${phone} -> ${fake}`);
  }

  // Photo URLs: every long id and signature inside a media.licdn.com/dms/image URL.
  const photoRe = /https?:(?:\\?\/){2}media(?:-exp\d+)?\.licdn\.com(?:\\?\/)dms(?:\\?\/)image(?:\\?\/|%2F)(?:\\\/|(?!&quot;|&#34;)[^"'\s<>\\),])+/gi;
  for (const m of html.matchAll(photoRe)) {
    if (literal.has(m[0])) continue;
    // Ids, signatures and timestamps have capitals or are digits; "profile-displayphoto-shrink_100_100" stays.
    literal.set(m[0], m[0].replace(/[A-Za-z0-9_-]{10,}/g, (id) => (/[A-Z]|^\d+$/.test(id) ? scramble(id, 'photo') : id)));
    report.photos++;
  }
  // Member ids: profile URN ids (ACoAA…, ACwAA… in Sales Navigator) and numeric member ids.
  for (const m of html.matchAll(/\bAC[a-zA-Z]AA[A-Za-z0-9_-]{15,}/g)) {
    if (!literal.has(m[0])) report.ids++;
    literal.set(m[0], m[0].slice(0, 5) + scramble(m[0].slice(5), 'urn'));
  }
  for (const m of html.matchAll(/(?:urn(?::|%3A)li(?::|%3A)(?:member|fs_member)(?::|%3A)|data-member-id="|memberId\W{1,12})(\d{5,})/gi)) {
    if (!literal.has(m[1])) report.ids++;
    literal.set(m[1], scramble(m[1], 'member'));
  }

  // Name words in every form a page writes them: as is, upper case, JSON \u escapes, HTML entities, percent-encoded.
  const nameForms = new Map();
  for (const [real, fake] of tokens) {
    for (const form of [real, real.toUpperCase()]) {
      const f = form === real ? fake : fake.toUpperCase();
      nameForms.set(form, f);
      if (/[^ -~]/.test(form)) {
        nameForms.set(form.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), f);
        nameForms.set(form.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`), f);
        nameForms.set(form.replace(/[^ -~]/g, (c) => `&#${c.codePointAt(0)};`), f);
        nameForms.set(form.replace(/[^ -~]/g, (c) => `&#x${c.codePointAt(0).toString(16)};`), f);
        nameForms.set(encodeURIComponent(form), f);
      }
    }
    report.names.push(`${real} -> ${fake}`);
  }
  // Joined forms (JaneDoe, jane.doe, jane_doe) only for words seen together: a lone "grant" may be a word.
  for (const words of fullNames) {
    const real = words.filter((w) => tokens.has(w.replace(/[.’']+$/, '')));
    if (real.length < 2) continue;
    const fake = real.map((w) => tokens.get(w.replace(/[.’']+$/, '')));
    for (let a = 0; a < real.length - 1; a++) {
      const r = real.slice(a, a + 2);
      const f = fake.slice(a, a + 2);
      for (const sep of ['', '-', '.', '_', ' ']) {
        nameForms.set(r.join(sep), f.join(sep));
        nameForms.set(r.join(sep).toLowerCase(), f.join(sep).toLowerCase());
      }
    }
  }
  const byDesc = (a, b) => b.length - a.length;
  const alt = (keys) => keys.sort(byDesc).map(escapeRe).join('|') || '(?!)';
  // Literals first: an email or slug is replaced whole, not word by word.
  // A name word starts after a non-letter, or right after a percent-escape ("Anna%20Doe").
  const re = new RegExp(`(${alt([...literal.keys()])})|(?:(?<=%[0-9A-Fa-f]{2})|(?<![\\p{L}\\p{M}\\p{N}_]))(${alt([...nameForms.keys()])})(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
  const out = html.replace(re, (m, lit, name) => (lit ? literal.get(lit) : nameForms.get(name)));

  // Leftovers: a real name word still present in any case means a form this script does not know.
  for (const [real] of tokens) {
    const left = out.match(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(real)}(?![\\p{L}\\p{M}])`, 'giu'));
    if (left) report.undecided.push(`"${real}" still appears ${left.length}× in another case (${[...new Set(left)].join(', ')}): check and add it to --map if it is the person`);
  }
  return { html: out, report };
}

function matchCase(model, word) {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word;
}

function printReport(report) {
  const line = (title, items) => items.length && console.log(`${title} (${items.length}):\n  ${items.join('\n  ')}`);
  line('names', report.names);
  line('slugs', report.slugs);
  line('emails', report.emails);
  line('phones', report.phones);
  console.log(`photo URLs: ${report.photos}, member ids: ${report.ids}`);
  line('COULD NOT DECIDE (read before committing)', report.undecided);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const mapFile = opt('--map');
  const reportFile = opt('--report');
  const [input, output] = args;
  if (!input || !output) {
    console.error('usage: node scripts/anonymize-linkedin.mjs <in.html> <out.html> [--map map.json] [--report report.json]');
    process.exit(2);
  }
  const bytes = readFileSync(input);
  const utf8 = bytes.toString('utf8');
  // A page that is not valid UTF-8 is processed byte for byte as latin1, so no byte changes by accident.
  const encoding = Buffer.from(utf8, 'utf8').equals(bytes) ? 'utf8' : 'latin1';
  const { html, report } = anonymize(bytes.toString(encoding), { map: mapFile ? JSON.parse(readFileSync(mapFile, 'utf8')) : {} });
  writeFileSync(output, Buffer.from(html, encoding));
  if (reportFile) writeFileSync(reportFile, JSON.stringify(report, null, 2));
  printReport(report);
}
