/**
 * Reads back what tests need from a PDF made by pdfkit (pdfmake): the page count and the
 * text. Text in such a file is glyph ids of embedded font subsets, so plain searching finds
 * nothing; this maps them through each font's ToUnicode table, as a PDF reader does.
 * Handles what pdfkit writes (Flate streams, Type0 fonts, TJ/Tj), not every PDF.
 */
import { inflateSync } from 'node:zlib';

export interface PdfContents {
  pageCount: number;
  /** The text of every page in drawing order, whitespace collapsed to single spaces. */
  text: string;
  /** The document information's title. */
  title: string | null;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const source = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const streamAt = source.indexOf('stream', start);
    if (end < 0) break;
    if (streamAt < 0 || streamAt > end) {
      objects.set(Number(match[1]), { dict: source.slice(start, end), stream: null });
      continue;
    }
    // Stream bytes may contain anything, "endobj" included: skip them by their length.
    const dict = source.slice(start, streamAt);
    const dataAt = streamAt + (source.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? source.indexOf('endstream', dataAt) - dataAt);
    const raw = bytes.subarray(dataAt, dataAt + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = source.indexOf('endobj', dataAt + length);
  }
  return objects;
}

function hexToCodes(hex: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) codes.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return codes;
}

function hexToText(hex: string): string {
  return String.fromCodePoint(...hexToCodes(hex));
}

/** The bfchar and bfrange entries of a ToUnicode CMap. */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    for (const [, from, to, target] of (block[1] ?? '').matchAll(ranges)) {
      const first = Number.parseInt(from ?? '0', 16);
      const last = Number.parseInt(to ?? '0', 16);
      if (target?.startsWith('[')) {
        let code = first;
        for (const m of target.matchAll(/<([0-9a-fA-F\s]+)>/g))
          map.set(code++, hexToText((m[1] ?? '').replace(/\s/g, '')));
      } else {
        const base = Number.parseInt((target ?? '<0>').slice(1, -1), 16);
        for (let code = first; code <= last; code++) map.set(code, String.fromCodePoint(base + code - first));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(code ?? '0', 16), hexToText(target ?? ''));
    }
  }
  return map;
}

/** Resource name (/F1) → glyph map, from every page's font dictionary. */
function fontMaps(objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(object.dict);
    for (const [, name, ref] of (fontDict?.[1] ?? '').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(ref));
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '');
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (name && cmap) fonts.set(name, parseCMap(cmap.toString('latin1')));
    }
  }
  return fonts;
}

function contentText(content: string, fonts: Map<string, Map<number, string>>): string {
  let glyphs = new Map<number, string>();
  let out = '';
  const decode = (hex: string) => {
    for (const code of hexToCodes(hex)) out += glyphs.get(code) ?? '';
  };
  const tokens =
    /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b|\bTd\b|\bT\*/g;
  for (const token of content.matchAll(tokens)) {
    if (token[1]) glyphs = fonts.get(token[1]) ?? new Map();
    else if (token[2] !== undefined)
      for (const hex of token[2].matchAll(/<([0-9a-fA-F]*)>/g)) decode(hex[1] ?? '');
    else if (token[3] !== undefined) decode(token[3]);
    else out += ' ';
  }
  return out;
}

/** A PDF literal string "(…)" with its escapes; UTF-16BE when it starts with a byte order mark. */
function decodeLiteral(literal: string): string {
  const bytes = literal
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/g, (_, e: string) =>
      /^[0-7]+$/.test(e)
        ? String.fromCharCode(Number.parseInt(e, 8))
        : ({ n: '\n', r: '\r', t: '\t' }[e] ?? e),
    );
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

function infoTitle(objects: Map<number, PdfObject>): string | null {
  for (const object of objects.values()) {
    if (!/\/Producer/.test(object.dict)) continue;
    const ref = /\/Title (\d+) 0 R/.exec(object.dict);
    const literal = ref
      ? objects.get(Number(ref[1]))?.dict.trim()
      : /\/Title\s*(\([^)]*\))/.exec(object.dict)?.[1];
    if (literal?.startsWith('(')) return decodeLiteral(literal);
  }
  return null;
}

export function readPdf(bytes: Uint8Array): PdfContents {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  const objects = readObjects(buffer);
  const fonts = fontMaps(objects);
  let pageCount = 0;
  let text = '';
  for (const object of objects.values()) {
    if (/\/Type\s*\/Page(?![s\w])/.test(object.dict)) {
      pageCount++;
      const contents = /\/Contents (\d+) 0 R/.exec(object.dict);
      const stream = contents ? objects.get(Number(contents[1]))?.stream : null;
      if (stream) text += contentText(stream.toString('latin1'), fonts);
    }
  }
  return { pageCount, text: text.replace(/\s+/g, ' ').trim(), title: infoTitle(objects) };
}
