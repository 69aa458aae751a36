/**
 * Names as LinkedIn shows them carry credentials, emoji, pronouns, degree
 * markers and taglines. These pure functions keep only the person's name,
 * split into first and last names (particles and hyphens kept).
 */
export interface CleanName {
  fullName: string;
  firstName?: string;
  lastName?: string;
  /** "Dr.", "Prof.", "Me", "Ing." as written, kept out of the name. */
  honorific?: string;
}

const PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'di', 'da', 'del', 'della', 'dos', 'das', 'do',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'af', 'bin', 'ben', 'ibn', 'al', 'el', 'st', 'st.', "d'",
]);
const HONORIFICS = /^(dr|pr|prof|mr|mrs|ms|mme|mlle|m|me|sir|dame|ing|ir|mag|dott|dott\.ssa|avv|arch|lic|dipl\.-ing|dr\.-ing|mgr|inż)\.?$/i;
const CREDENTIALS = new Set([
  'mba', 'phd', 'ph.d', 'ph.d.', 'cpa', 'cfa', 'pmp', 'msc', 'm.sc', 'bsc', 'md', 'esq', 'cissp', 'acca', 'shrm-cp',
  'mba.', 'ma', 'ms', 'jd', 'llm', 'pe', 'dba', 'cima', 'frm', 'csm', 'psm', 'ceo', 'hdr',
]);
const DEGREE = /^(?:[·•]\s*)?(?:1st|2nd|3rd\+?|[123](?:e|er|ère|ème|º)\+?)$/i;
// Emoji, pictographs, symbols and their joiners; keep letters, marks, apostrophes, hyphens, dots, spaces.
// (Emoji_Presentation and Emoji_Modifier characters are all Extended_Pictographic, So or Sk: checked over every code point.)
const NOISE = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\p{So}|\p{Sk}/gu;

export function cleanName(raw: string | null | undefined): CleanName | null {
  if (!raw) return null;
  let text = raw.normalize('NFC').replace(NOISE, ' ').replace(/[’ʼ]/g, "'");
  text = text.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' '); // pronouns, nicknames: "(She/Her)"
  text = text.split(/\s[|–—-]\s|\s[·•]\s(?!\s*(?:1st|2nd|3rd|[123]e))/)[0] ?? ''; // "Jane Doe | Coach"
  text = text.split(',')[0] ?? ''; // "Jean Dupont, MBA"
  let tokens = text.split(/\s+/).filter((t) => t && !/^[·•.,;:!?]+$/.test(t));
  while (tokens.length && DEGREE.test(tokens[tokens.length - 1]!)) tokens.pop();
  while (tokens.length > 2 && isCredential(tokens[tokens.length - 1]!)) tokens.pop();
  const honorifics: string[] = [];
  while (tokens.length > 2 && HONORIFICS.test(tokens[0]!)) honorifics.push(tokens.shift()!);
  tokens = tokens.map((t) => t.replace(/^[·•]+|[·•,;:]+$/g, '')).filter(Boolean);
  if (!tokens.length || !tokens.some((t) => /\p{L}/u.test(t)) || isSentence(tokens)) return null;
  tokens = normalizeCase(tokens);
  const fullName = tokens.join(' ').slice(0, 200);
  return { fullName, ...splitName(tokens), ...(honorifics.length ? { honorific: honorifics.join(' ') } : {}) };
}

/**
 * "An exact match for jdoe could not be found.", "Welcome to your professional community": a page heading,
 * not a name. Names are capitalized words and particles (an all-lower-case name is a name).
 */
function isSentence(tokens: string[]): boolean {
  // Lower-case words of letters only: "src=x" in a hostile name is not a word of a sentence.
  const lower = tokens.filter((t, i) => i > 0 && /^\p{Ll}[\p{L}'’-]*[.!?]?$/u.test(t) && !PARTICLES.has(t.toLowerCase()));
  return lower.length > 0 && tokens.some((t) => /^\p{Lu}/u.test(t)) && (lower.length > 1 || /[.!?]$/.test(tokens.at(-1)!));
}

/** "MBA", "PhD", "M.Sc." but not the surname "Ma": credentials are written in capitals or with dots. */
function isCredential(token: string): boolean {
  const lower = token.toLowerCase().replace(/[.,]$/, '');
  return CREDENTIALS.has(lower) && (token === token.toUpperCase() || token.includes('.') || /^ph\.?d/i.test(token));
}

/** First token(s) before the first particle or upper-case surname; the rest is the last name. */
function splitName(tokens: string[]): Omit<CleanName, 'fullName'> {
  if (tokens.length === 1) return { firstName: tokens[0] };
  let cut = 1;
  const particle = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(t.toLowerCase()));
  if (particle > 0) cut = particle;
  return { firstName: tokens.slice(0, cut).join(' '), lastName: tokens.slice(cut).join(' ') };
}

/**
 * "DUPONT Jean" (French convention: surname in capitals first) becomes
 * "Jean Dupont"; an all-capital or all-lower-case word gets a capital initial
 * per part ("JEAN-BAPTISTE" → "Jean-Baptiste", "o'neill" → "O'Neill").
 */
function normalizeCase(tokens: string[]): string[] {
  // Initials ("DS", "J.R.") stay as written; a surname in capitals has three letters or more.
  const isUpper = (t: string) => /\p{L}{3,}/u.test(t) && t === t.toUpperCase() && t !== t.toLowerCase();
  const upper = tokens.map(isUpper);
  const allUpper = upper.every(Boolean);
  let ordered = tokens;
  if (!allUpper && upper[0] && !upper[tokens.length - 1]) {
    const lead = upper.findIndex((u) => !u);
    ordered = [...tokens.slice(lead), ...tokens.slice(0, lead)];
  }
  return ordered.map((t) => {
    const lower = t.toLowerCase();
    if (PARTICLES.has(lower) && t !== t.toUpperCase()) return t;
    if (isUpper(t) || t === lower) return capitalize(lower);
    return t;
  });
}

function capitalize(word: string): string {
  return word.replace(/(^|[-'\s])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
