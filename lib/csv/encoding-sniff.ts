/**
 * Counts valid multi-byte UTF-8 sequences and invalid ones, as the WHATWG
 * decoder reads them (each invalid sequence becomes one U+FFFD). One pass.
 */
export function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (ok) valid++;
    else invalid++;
    // An invalid sequence ends before the byte that broke it, which is read again.
    i = j;
  }
  return { valid, invalid };
}

/** Accented letters of the languages our users write in (FR, DE, ES, IT, PT, NL) and typographic quotes. */
const COMMON = new Set('éèêëàâäçîïôöùûüÿñßáíóúãõœæÉÈÊËÀÂÄÇÎÏÔÖÙÛÜÑÁÍÓÚ’«»“”–€');
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** How many non-ASCII characters of a decoding look like real letters in real words. */
function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    if (!COMMON.has(c)) {
      score--;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    // "AmÈlie" or "SOCIƒTƒ": a letter whose case does not fit its neighbours is a wrong guess.
    if (isUpper(c) && isLower(before)) score--;
    else if (isLower(c) && isUpper(before) && isUpper(after)) score--;
    else score++;
  }
  return score;
}

/**
 * Windows-1252 or MacRoman (Excel for Mac's "CSV" format): the one whose
 * reading of the first 64 KB has more plausible accented letters. Ties go to
 * Windows-1252, far more common.
 */
export function singleByteEncoding(bytes: Uint8Array): 'windows-1252' | 'macintosh' {
  const sample = bytes.subarray(0, 65_536);
  const windows = plausibility(new TextDecoder('windows-1252').decode(sample));
  const mac = plausibility(new TextDecoder('macintosh').decode(sample));
  return mac > windows ? 'macintosh' : 'windows-1252';
}
