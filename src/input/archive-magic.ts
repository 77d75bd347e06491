/**
 * Archives a downloaded export comes in (the portal's and Storage Explorer's zip, a 7z or rar from a colleague, a tar
 * of the hourly folders), known by their magic bytes, never by a file name. They are not read: the tool names them
 * and asks for them to be extracted. Before this, a zip was skipped as "binary data" (or, named, "no call-log records
 * found"), and a tar of one JSON Lines file was read as JSON Lines with its headers as invalid records.
 *
 * Files compressed otherwise than with gzip (which is read as is) are named the same way: xz, bzip2 and zstd (a
 * `.tar.xz` too, whose tar is inside the compression): each was "not call logs: binary data", which did not say why.
 *
 * So is Parquet (`PAR1` at its start, and its end): what Stream Analytics' no-code editor writes an Event Hubs capture
 * as, beside the Avro that Event Hubs Capture writes itself (which is read). It was "binary data" too.
 *
 * An Excel workbook (`.xlsx`, a query's results saved from Excel) is a zip too, and was "a zip archive; extract it
 * first", which gives a folder of XML and no rows. It is known by its zip's first part, which Excel and the Office
 * Open XML writers put first: `[Content_Types].xml` (or a part under `xl/`, `_rels/` or `docProps/`), and is asked
 * for as CSV, which is read.
 */
export type ArchiveKind = 'zip' | 'office' | '7z' | 'rar' | 'tar' | 'parquet' | CompressionKind;

/** A compression the tool does not undo: the file is to be decompressed first. */
export type CompressionKind = 'xz' | 'bzip2' | 'zstd';

/** How many bytes from the start tell them all: a tar header's "ustar" magic is at offset 257. */
export const ARCHIVE_PEEK = 262;

/** "PAR1", a Parquet file's first (and last) four bytes. */
const PARQUET = [0x50, 0x41, 0x52, 0x31] as const;
/** zip's local file header, and the end-of-directory record an empty zip starts with. */
const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06] as const;
/** A zip local file header's name length (2 bytes, little-endian) is at 26; its name at 30. */
const ZIP_NAME_LENGTH_AT = 26;
const ZIP_NAME_AT = 30;
/** The first part of an Office Open XML document: its content types, or one of its folders' parts. */
const OFFICE_FIRST_PART = /^(?:\[Content_Types\]\.xml$|xl\/|_rels\/|docProps\/)/;
/** "7z" BC AF 27 1C. */
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] as const;
/** "Rar!" 1A 07: both RAR 4 (then 00) and RAR 5 (then 01 00). */
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] as const;
/** "ustar" at 257: POSIX ("ustar\0" "00") and GNU ("ustar  \0") tar alike. */
const TAR_AT = 257;
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72] as const;
/** xz's stream header: FD "7zXZ" 00. */
const XZ = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] as const;
/** zstd's frame magic, 0xFD2FB528 little-endian. */
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd] as const;
/** "BZh", a block size "1"-"9", then a block's magic (pi's digits) or, for empty input, the end-of-stream's (sqrt pi). */
const BZIP2 = [0x42, 0x5a, 0x68] as const;
const BZIP2_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] as const;
const BZIP2_END = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90] as const;

/** The archive the content's first bytes (at least ARCHIVE_PEEK of them, unless the content is shorter) are, or null. */
export function archiveKind(head: Uint8Array): ArchiveKind | null {
  if (startsWith(head, ZIP, 0)) return isOffice(head) ? 'office' : 'zip';
  if (startsWith(head, ZIP_EMPTY, 0)) return 'zip';
  if (startsWith(head, SEVEN_ZIP, 0)) return '7z';
  if (startsWith(head, RAR, 0)) return 'rar';
  if (startsWith(head, USTAR, TAR_AT)) return 'tar';
  if (startsWith(head, XZ, 0)) return 'xz';
  if (startsWith(head, ZSTD, 0)) return 'zstd';
  if (isBzip2(head)) return 'bzip2';
  if (startsWith(head, PARQUET, 0)) return 'parquet';
  return null;
}

function isOffice(head: Uint8Array): boolean {
  if (head.length < ZIP_NAME_AT) return false;
  const length = head[ZIP_NAME_LENGTH_AT]! | (head[ZIP_NAME_LENGTH_AT + 1]! << 8);
  const name = Buffer.from(head.subarray(ZIP_NAME_AT, ZIP_NAME_AT + length)).toString('latin1');
  return OFFICE_FIRST_PART.test(name);
}

function isBzip2(head: Uint8Array): boolean {
  if (!startsWith(head, BZIP2, 0) || head[3] === undefined || head[3] < 0x31 || head[3] > 0x39) return false;
  return startsWith(head, BZIP2_BLOCK, 4) || startsWith(head, BZIP2_END, 4);
}

/**
 * What is said of it: "a zip archive; extract it first", "a gzip-compressed tar archive; extract it first", "an
 * xz-compressed file; decompress it first (gzip is read as is)", "a Parquet file; …".
 */
export function archiveNote(kind: ArchiveKind, gzip: boolean): string {
  if (kind === 'parquet') return PARQUET_NOTE;
  if (kind === 'office') return OFFICE_NOTE;
  if (kind === 'xz' || kind === 'bzip2' || kind === 'zstd') return `${kind === 'xz' ? 'an' : 'a'} ${kind}-compressed file; decompress it first (gzip is read as is)`;
  const what = kind === 'tar' && gzip ? 'a gzip-compressed tar archive' : `a ${kind} archive`;
  return `${what}; extract it first`;
}

/** What to do with a workbook: its rows as CSV, as Excel saves them and as Log Analytics exports a query's results. */
const OFFICE_NOTE = 'an Excel workbook (or another Office file); save it as CSV UTF-8, which is read';

/** What to do with a Parquet file: the tool reads JSON and CSV exports, and Event Hubs Capture's own Avro. */
const PARQUET_NOTE = "a Parquet file (Stream Analytics' capture format); convert it to JSON Lines or CSV first, or capture the event hub in Avro, which is read";

function startsWith(bytes: Uint8Array, magic: readonly number[], at: number): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}
