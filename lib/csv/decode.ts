import { CsvError, LIMITS } from './errors';
import { scanUtf8, singleByteEncoding } from './encoding-sniff';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Invalid UTF-8 sequences replaced by U+FFFD (a file that is UTF-8 but for a few bad bytes). */
  replaced: number;
}

/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM; a file that is
 * mostly valid UTF-8 stays UTF-8 with only its bad bytes replaced; otherwise
 * Windows-1252 or MacRoman (Excel for Mac), whichever reads as real words.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length > LIMITS.bytes) throw new CsvError('too_large');
  let encoding: CsvEncoding;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    encoding = 'utf-8';
  }
  if (encoding === 'utf-8' && looksBinary(body)) throw new CsvError('binary');

  let text: string | undefined;
  let replaced = 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    text = new TextDecoder(encoding).decode(body);
  } else if ((text = strictUtf8(body)) !== undefined) {
    // Valid UTF-8, the common case: decoded natively, no byte scan.
  } else {
    const scan = scanUtf8(body);
    // One stray byte in a UTF-8 file must not garble every accent: the file is
    // UTF-8 when at least half of its non-ASCII sequences are valid UTF-8.
    if (encoding === 'utf-8-bom' || (scan.valid >= 1 && scan.invalid <= scan.valid)) {
      text = new TextDecoder('utf-8').decode(body);
      replaced = scan.invalid;
    } else {
      encoding = singleByteEncoding(body);
      text = new TextDecoder(encoding).decode(body);
    }
  }
  if (text.trim() === '') throw new CsvError('empty');
  if (looksBinaryText(text)) throw new CsvError('binary');
  return { text, encoding, replaced };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes never occur in a text file without a UTF-16 BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

/** Control characters (other than tab and line breaks) in more than 1% of the start. */
function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > Math.max(2, sample.length / 100);
}
