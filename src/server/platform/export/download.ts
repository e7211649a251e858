/**
 * File names and headers of downloads. Names are ASCII slugs (å ä → a, ö → o) so they
 * survive every browser, mail client and file system; the header also carries the
 * RFC 6266 UTF-8 form for clients that read it.
 */

/** "Socialchefsnätverket i Västra Götaland" → "socialchefsnatverket-i-vastra-gotaland". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut between words where possible: "vastra-gotaland", not "vastra-gota".
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Content-Disposition for a file to save, never to show inline. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Headers of a download response. */
export function downloadHeaders(contentType: string, filename: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': attachmentHeader(filename),
    'X-Content-Type-Options': 'nosniff',
  };
}

/** A web stream that pulls from a Node stream only as fast as the reader reads (Readable.toWeb, typed). */
export function toWebStream(
  source: NodeJS.ReadableStream & { destroy(error?: Error): void },
): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value instanceof Uint8Array ? value : Buffer.from(String(value)));
    },
    cancel() {
      source.destroy();
    },
  });
}
