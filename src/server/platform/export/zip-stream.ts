/**
 * A ZIP archive written front to back into a stream: small entries deflated at once, big
 * ones deflated while they are written (sizes and CRC follow the data in a descriptor), so
 * an archive of any number of rows never sits in memory. Enough of the format for office
 * files; no ZIP64, so one entry and the archive must stay below 4 GiB.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

const LIMIT = 0xffffffff;
const FLAGS = 0x0808; // bit 3: sizes in a data descriptor; bit 11: UTF-8 names
const DEFLATE = 8;

interface CentralEntry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** DOS date and time of an instant, as ZIP stores them. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export interface ZipEntryWriter {
  write(text: string): void;
  /** Finishes the entry; resolves when its last compressed bytes are written. */
  end(): Promise<void>;
  /** True while written text waits to be compressed. */
  readonly needsDrain: boolean;
  /** Resolves when the compressor has taken what was written. */
  drained(): Promise<void>;
}

export class ZipStream {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: Writable,
    modified: Date,
  ) {
    this.stamp = dosDateTime(modified);
  }

  // Also called from the deflate stream's events, so it never throws; writers check the size.
  private emit(chunk: Buffer): void {
    this.offset += chunk.length;
    this.out.write(chunk);
  }

  private localHeader(name: Buffer): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes (14–25) stay zero: they follow in the data descriptor.
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, name]);
  }

  private finishEntry(entry: CentralEntry): void {
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    this.emit(descriptor);
    this.entries.push(entry);
  }

  /** A whole entry at once (the small parts of an office file). */
  addFile(path: string, content: string | Buffer): void {
    const name = Buffer.from(path, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const compressed = deflateRawSync(data);
    const offset = this.offset;
    this.emit(this.localHeader(name));
    this.emit(compressed);
    this.finishEntry({
      name,
      crc: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
      offset,
    });
  }

  /** An entry written piece by piece and deflated as it goes. */
  openEntry(path: string, level = 6): ZipEntryWriter {
    const name = Buffer.from(path, 'utf8');
    const entry: CentralEntry = { name, crc: 0, compressedSize: 0, size: 0, offset: this.offset };
    this.emit(this.localHeader(name));
    const deflate = createDeflateRaw({ level });
    deflate.on('data', (chunk: Buffer) => {
      entry.compressedSize += chunk.length;
      this.emit(chunk);
    });
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('error', reject);
    });
    return {
      write: (text) => {
        const data = Buffer.from(text, 'utf8');
        entry.crc = crc32(data, entry.crc);
        entry.size += data.length;
        if (entry.size > LIMIT || this.offset > LIMIT) throw new Error('zip archive larger than 4 GiB');
        deflate.write(data);
      },
      end: async () => {
        deflate.end();
        await ended;
        this.finishEntry(entry);
      },
      get needsDrain() {
        return deflate.writableNeedDrain;
      },
      drained: async () => {
        if (deflate.writableNeedDrain) await once(deflate, 'drain');
      },
    };
  }

  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(e.crc, 16);
      header.writeUInt32LE(e.compressedSize, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      this.emit(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.emit(end);
    await new Promise<void>((resolve) => this.out.end(resolve));
  }
}
