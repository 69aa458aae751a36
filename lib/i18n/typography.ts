import type { Locale } from './locale';

const NNBSP = '\u202f';

/**
 * French typography for a UI string: a narrow no-break space before : ; ! ?
 * (replacing an ordinary space, or added when missing), « » for straight
 * double quotes, and narrow no-break spaces inside « ». A colon in a URL or a
 * time ("https://", "10:30") is left alone: only punctuation followed by a
 * space or the end of the string is touched. Idempotent.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '«$1»')
    .replace(/«[ \u00a0]?(?!\u202f)/g, `«${NNBSP}`)
    .replace(/(?<!\u202f)[ \u00a0]?»/g, `${NNBSP}»`)
    .replace(/(?<=\S)[ \u00a0]?([:;!?])(?=\s|$)/g, `${NNBSP}$1`);
}

/** A string as the dictionaries hold it in `locale` (the French typography pass, English as written). */
export function typeset(locale: Locale, text: string): string {
  return locale === 'fr' ? frenchTypography(text) : text;
}
