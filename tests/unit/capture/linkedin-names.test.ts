import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../lib/capture/linkedin-names';

describe('cleanName', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['Jean Dupont, MBA 🚀', 'Jean', 'Dupont'],
    ['Dr. Marie-Claire de La Tour, PhD', 'Marie-Claire', 'de La Tour'],
    ["Seán O'Neill (He/Him) · 1st", 'Seán', "O'Neill"],
    ['Seán O’Neill', 'Seán', "O'Neill"],
    ['Élodie Martin · 2e', 'Élodie', 'Martin'],
    ['Jean-Baptiste Poquelin 3e+', 'Jean-Baptiste', 'Poquelin'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['DUPONT Jean', 'Jean', 'Dupont'],
    ['JEAN-BAPTISTE MARTIN', 'Jean-Baptiste', 'Martin'],
    ['jane doe', 'Jane', 'Doe'],
    ['Jane Doe | Sales coach helping SaaS founders', 'Jane', 'Doe'],
    ['Jane Doe - Recruiter', 'Jane', 'Doe'],
    ['Li Ma', 'Li', 'Ma'],
    ['Anna Smith MBA CPA', 'Anna', 'Smith'],
    ['Maria García López', 'Maria', 'García López'],
    ['✨ Chloé   Petit ✨', 'Chloé', 'Petit'],
    ['Priya (Pri) Sharma 👩🏽‍💻', 'Priya', 'Sharma'],
    ['Madonna', 'Madonna', undefined],
  ])('%s → %s / %s', (raw, firstName, lastName) => {
    const name = cleanName(raw);
    expect(name?.firstName).toBe(firstName);
    expect(name?.lastName).toBe(lastName);
    expect(name?.fullName).toBe([firstName, lastName].filter(Boolean).join(' '));
  });

  it.each(['', '   ', '🚀🚀', '· 2nd', '(She/Her)'])('rejects %j', (raw) => {
    expect(cleanName(raw)).toBeNull();
  });

  it('strips every emoji-presentation character and skin-tone modifier from a name', () => {
    const emoji: string[] = [];
    for (let code = 0; code <= 0x1ffff; code++) {
      const char = String.fromCodePoint(code);
      if (/\p{Emoji_Presentation}|\p{Emoji_Modifier}/u.test(char)) emoji.push(char);
    }
    expect(emoji.length).toBeGreaterThan(1000);
    const kept = emoji.filter((char) => cleanName(`Jane${char} Doe ${char}`)?.fullName !== 'Jane Doe');
    expect(kept).toEqual([]);
  });
});

describe('cleanName: honorifics, initials, sentences', () => {
  it.each([
    ['Dr. DS Chauhan', { fullName: 'DS Chauhan', firstName: 'DS', lastName: 'Chauhan', honorific: 'Dr.' }],
    ['Prof. Dr. Anna Weber', { fullName: 'Anna Weber', firstName: 'Anna', lastName: 'Weber', honorific: 'Prof. Dr.' }],
    ['Me Claire Dubois', { fullName: 'Claire Dubois', firstName: 'Claire', lastName: 'Dubois', honorific: 'Me' }],
    ['Ing. Pavel Novák', { fullName: 'Pavel Novák', firstName: 'Pavel', lastName: 'Novák', honorific: 'Ing.' }],
    ['J.R. Smith', { fullName: 'J.R. Smith', firstName: 'J.R.', lastName: 'Smith' }],
  ])('%s', (raw, expected) => {
    expect(cleanName(raw)).toEqual(expected);
  });

  it.each(['An exact match for jdoe could not be found.', 'Welcome to your professional community', 'Sign in to view Jane’s full profile'])(
    'a page heading is not a name: %s',
    (raw) => {
      expect(cleanName(raw)).toBeNull();
    },
  );
});

describe('cleanName: hostile and long names stay names (bounded elsewhere)', () => {
  it('markup written as text is kept as characters, not taken for a sentence', () => {
    expect(cleanName('<img src=x onerror="window.__pwned=1">Mallory Bold <script>window.__pwned=2</script>')?.fullName).toContain('Mallory');
  });
  it('a name of many words is still a name', () => {
    expect(cleanName(`Zoë ${'Wolfeschlegelsteinhausenbergerdorff '.repeat(12)}`)?.firstName).toBe('Zoë');
  });
});
