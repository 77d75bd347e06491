import { open } from 'node:fs/promises';

/** A gzip member's header (10 bytes) and trailer (8): no gzip file is shorter. */
const SHORTEST_GZIP = 18;
/** Deflate's most: 258 bytes from a match of a few bits, about 1032 to 1 (zlib's technical details). */
const MOST_INFLATED_PER_BYTE = 1032;

/**
 * What a gzip file inflates to, as its last member's trailer says (ISIZE, RFC 1952: the length mod 4 GiB): a storage
 * blob is one member, so this is its text's size. null for a file that is not gzip (by its magic bytes, never its
 * name), that cannot be read, or whose trailer says less than the file holds (a text over 4 GiB, or members joined
 * by `cat` whose last is small) or more than deflate can make of it (a blob torn mid-write, whose last 4 bytes are
 * deflate data: read as a size, up to 4 GiB for a file of a few KB): no guess then. For the progress line, whose
 * bytes are the text's.
 */
export async function gzipInflatedSize(path: string, size: number): Promise<number | null> {
  if (size < SHORTEST_GZIP) return null;
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return null;
  try {
    const magic = Buffer.alloc(2);
    const trailer = Buffer.alloc(4);
    await handle.read(magic, 0, 2, 0);
    if (magic[0] !== 0x1f || magic[1] !== 0x8b) return null;
    await handle.read(trailer, 0, 4, size - 4);
    const inflated = trailer.readUInt32LE(0);
    return inflated >= size && inflated <= size * MOST_INFLATED_PER_BYTE ? inflated : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
