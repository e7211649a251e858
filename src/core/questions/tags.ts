export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;

/**
 * Tags as stored: trimmed, inner whitespace collapsed, lower-case (Swedish rules), without
 * duplicates or empties, in the order first given. "Bostad" and " bostad " are one tag.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}
