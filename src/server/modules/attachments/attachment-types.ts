import { fileTypeFromBuffer } from 'file-type';

/**
 * The file types a network may share. Each is recognised twice: by the name's extension
 * and by the bytes themselves (magic numbers; for text, the absence of binary bytes), and
 * both must agree, so an executable renamed to .pdf is refused.
 */
interface AllowedType {
  /** What file-type reports for the bytes; null for plain text, which has no signature. */
  sniffed: string | null;
  contentType: string;
}

const allowed: Record<string, AllowedType> = {
  pdf: { sniffed: 'pdf', contentType: 'application/pdf' },
  docx: {
    sniffed: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { sniffed: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: {
    sniffed: 'pptx',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { sniffed: 'odt', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { sniffed: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  png: { sniffed: 'png', contentType: 'image/png' },
  jpg: { sniffed: 'jpg', contentType: 'image/jpeg' },
  jpeg: { sniffed: 'jpg', contentType: 'image/jpeg' },
  txt: { sniffed: null, contentType: 'text/plain' },
  csv: { sniffed: null, contentType: 'text/csv' },
};

/** Extensions as the upload form's `accept` attribute lists them. */
export const allowedExtensions = Object.keys(allowed).map((ext) => `.${ext}`);

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

// Control characters other than tab, line feed, form feed and carriage return mark binary data.
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
  }
  return true;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The content type to store and serve for the file, or null when the name and the bytes
 * do not make one allowed type. Text in a legacy encoding (Excel's Swedish CSV) is served
 * as Windows-1252, so å ä ö show right.
 */
export async function detectAllowedType(filename: string, bytes: Uint8Array): Promise<string | null> {
  const type = allowed[extensionOf(filename)];
  if (!type) return null;
  const sniffed = await fileTypeFromBuffer(bytes);
  if (type.sniffed === null) {
    if (sniffed || !looksLikeText(bytes)) return null;
    return `${type.contentType}; charset=${isUtf8(bytes) ? 'utf-8' : 'windows-1252'}`;
  }
  return sniffed?.ext === type.sniffed ? type.contentType : null;
}
