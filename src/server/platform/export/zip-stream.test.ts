import { PassThrough } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipStream } from './zip-stream';

/** Reads every entry back through the central directory, as unzip does, checking CRC and sizes. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + compressed));
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    // The data descriptor after the data repeats CRC and sizes.
    expect(zip.readUInt32LE(dataAt + compressed)).toBe(0x08074b50);
    expect(zip.readUInt32LE(dataAt + compressed + 4)).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

describe('ZipStream', () => {
  it('writes whole and streamed entries that read back with matching CRC and sizes', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const zip = new ZipStream(out, new Date('2026-11-18T10:00:00Z'));
    zip.addFile('[Content_Types].xml', '<Types/>');
    const entry = zip.openEntry('xl/worksheets/sheet1.xml');
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}">Rad ${i} – Åre, Öckerö</row>`);
    for (const row of rows) entry.write(row);
    await entry.end();
    zip.addFile('docProps/åäö.xml', Buffer.from('<x/>'));
    await zip.finish();
    const files = unzip(Buffer.concat(chunks));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'docProps/åäö.xml',
    ]);
    expect(files.get('xl/worksheets/sheet1.xml')).toBe(rows.join(''));
    expect(files.get('[Content_Types].xml')).toBe('<Types/>');
  });
});
