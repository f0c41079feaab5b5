import { inflateRawSync } from 'node:zlib';

/**
 * Checks a ZIP archive (an XLSX workbook) before a library unpacks it whole in memory: the
 * entries may add up to at most `maxUncompressedBytes`, and each entry must inflate to no more
 * than its directory says (a "zip bomb" lies there). Returns null if fine, else the problem.
 */
export function checkZipArchive(data: Buffer, maxUncompressedBytes: number): string | null {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return 'it is damaged or incomplete (its ZIP directory is missing; was the upload cut off?)';
  const entries = data.readUInt16LE(eocd + 10);
  const directoryOffset = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return 'it uses ZIP64, which the import does not accept; save it again from Excel';

  let total = 0;
  let at = directoryOffset;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return 'it is damaged (its ZIP directory is broken)';
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const localOffset = data.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      return 'it uses ZIP64, which the import does not accept; save it again from Excel';
    }
    total += size;
    if (total > maxUncompressedBytes) {
      return `it holds more than ${Math.round(maxUncompressedBytes / 1024 / 1024)} MB once uncompressed, more than a report's needs can take`;
    }
    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== 0x04034b50) return 'it is damaged (a ZIP entry is missing)';
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    if (start + compressedSize > data.length) return 'it is damaged or incomplete (a ZIP entry is cut off)';
    if (method === 8) {
      try {
        // One byte of slack, so that an entry larger than declared fails here rather than later.
        inflateRawSync(data.subarray(start, start + compressedSize), { maxOutputLength: size + 1 });
      } catch {
        return 'it is damaged (a ZIP entry does not unpack to the size its directory gives)';
      }
    } else if (method !== 0) {
      return 'it is damaged or uses a compression that Excel workbooks do not use';
    }
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return null;
}

/** The offset of the "end of central directory" record, found from the end; -1 if none. */
function findEndOfCentralDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
