import { LIMITS } from '../csv/errors';

/**
 * Size caps for files a user picks, checked on `File.size` before a byte is
 * read: reading a 2 GB file into a page to find out it is too large would
 * freeze the manager (and may crash its tab). The caps sit far above real
 * files: 100,000 contacts make a CSV of ~30 MB and a backup of ~150 MB.
 * The CSV cap is the parser's own (lib/csv/errors.ts), checked here first.
 */
export const MAX_FILE_BYTES = { csv: LIMITS.bytes, backup: 500 * 1024 * 1024 } as const;

export type FileKind = keyof typeof MAX_FILE_BYTES;

export type SizeCheck = { ok: true } | { ok: false; code: 'file_too_large'; limitMb: number; sizeMb: number };

export function checkFileSize(file: { size: number }, kind: FileKind): SizeCheck {
  const limit = MAX_FILE_BYTES[kind];
  if (file.size <= limit) return { ok: true };
  return { ok: false, code: 'file_too_large', limitMb: Math.round(limit / 1024 / 1024), sizeMb: Math.ceil(file.size / 1024 / 1024) };
}
