const MAX_WORDS = 12;

/**
 * A to_tsquery text for "similar questions" while someone is still typing: any word may
 * match (OR), and each word also matches as a prefix, so a half-typed "barnomsor" finds
 * "barnomsorgen". Only letters and digits pass through, so the text is always a valid
 * tsquery; null when nothing searchable is left.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLocaleLowerCase('sv-SE').match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  const unique = [...new Set(words)].slice(0, MAX_WORDS);
  if (unique.length === 0) return null;
  return unique.map((w) => `${w}:*`).join(' | ');
}
