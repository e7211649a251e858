/**
 * Every UI text key must exist in every shipped locale (ARCHITECTURE convention 8):
 * sv (source) and en must hold the same keys with the same {{placeholders}}; namespaces
 * that respondents see must also be complete in uk and ru.
 *
 * Plural keys (i18next v4 JSON: key_one, key_few, …) are compared by their base key, and
 * each locale must carry every plural category its language uses (uk/ru: one, few, many,
 * other), because a missing form makes i18next fall back to Swedish mid-sentence.
 *
 * Usage: node --import tsx scripts/check-i18n.ts   (exit 1 and a list when incomplete)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const sourceLocale = 'sv';
const mirrorLocale = 'en';
const respondentLocales = ['uk', 'ru'];
const pluralSuffix = /^(.*)_(ordinal_)?(zero|one|two|few|many|other)$/;
const placeholder = /\{\{\s*-?\s*([^},\s]+)[^}]*\}\}/g;

interface TextEntry {
  /** Plural categories present ('' for a plain key). */
  forms: Set<string>;
  ordinal: boolean;
  placeholders: Set<string>;
}

/** Returns one human-readable line per problem; empty when the locales are complete. */
export function checkLocales(localesDir: string, respondentNamespaces: readonly string[]): string[] {
  const problems: string[] = [];
  const sourceNamespaces = listNamespaces(localesDir, sourceLocale);
  const mirrorNamespaces = listNamespaces(localesDir, mirrorLocale);
  for (const ns of mirrorNamespaces) {
    if (!sourceNamespaces.includes(ns))
      problems.push(`${mirrorLocale}/${ns}.json: namespace missing in ${sourceLocale}`);
  }
  for (const ns of sourceNamespaces) {
    problems.push(...compareNamespace(localesDir, ns, mirrorLocale, true));
  }
  for (const ns of respondentNamespaces) {
    if (!sourceNamespaces.includes(ns)) {
      problems.push(`${sourceLocale}/${ns}.json: respondent namespace "${ns}" has no Swedish source file`);
      continue;
    }
    for (const locale of respondentLocales) problems.push(...compareNamespace(localesDir, ns, locale, false));
  }
  return problems;
}

function listNamespaces(localesDir: string, locale: string): string[] {
  const dir = path.join(localesDir, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

function compareNamespace(localesDir: string, ns: string, locale: string, bothWays: boolean): string[] {
  const file = `${locale}/${ns}.json`;
  const source = loadEntries(localesDir, sourceLocale, ns);
  const target = loadEntries(localesDir, locale, ns);
  if (typeof source === 'string') return [source];
  if (typeof target === 'string') return [target];
  const problems: string[] = [];
  for (const [key, entry] of source) {
    const translated = target.get(key);
    if (!translated) {
      problems.push(`${file}: missing key "${key}"`);
      continue;
    }
    problems.push(...comparePlaceholders(file, key, entry, translated));
    problems.push(...checkPluralForms(file, key, entry, translated, locale));
  }
  if (bothWays) {
    for (const key of target.keys()) {
      if (!source.has(key))
        problems.push(`${sourceLocale}/${ns}.json: missing key "${key}" (present in ${locale})`);
    }
  }
  return problems;
}

function comparePlaceholders(file: string, key: string, source: TextEntry, target: TextEntry): string[] {
  const expected = [...source.placeholders].sort().join(', ');
  const actual = [...target.placeholders].sort().join(', ');
  if (expected === actual) return [];
  return [`${file}: key "${key}" has placeholders {${actual}} but ${sourceLocale} has {${expected}}`];
}

function checkPluralForms(
  file: string,
  key: string,
  source: TextEntry,
  target: TextEntry,
  locale: string,
): string[] {
  if (source.forms.has('') || target.forms.has('')) {
    // Plural in one locale, plain in the other: i18next would never pick the plain text.
    const sourcePlural = !source.forms.has('');
    const targetPlural = !target.forms.has('');
    if (sourcePlural === targetPlural) return [];
    return [
      `${file}: key "${key}" is ${targetPlural ? '' : 'not '}plural but ${sourceLocale}'s is${sourcePlural ? '' : ' not'}`,
    ];
  }
  const type = source.ordinal ? 'ordinal' : 'cardinal';
  const needed = new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories;
  const missing = needed.filter((form) => !target.forms.has(form));
  if (missing.length === 0) return [];
  const prefix = source.ordinal ? `${key}_ordinal_` : `${key}_`;
  return [`${file}: missing plural form(s) ${missing.map((form) => `"${prefix}${form}"`).join(', ')}`];
}

/** Flattened, plural-grouped texts of one file, or a problem line when it cannot be read. */
function loadEntries(localesDir: string, locale: string, ns: string): Map<string, TextEntry> | string {
  const file = path.join(localesDir, locale, `${ns}.json`);
  if (!existsSync(file)) return `${locale}/${ns}.json: file missing`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `${locale}/${ns}.json: invalid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const flat = new Map<string, string>();
  flatten(json, '', flat);
  return groupPlurals(flat);
}

function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.set(prefix, String(value));
}

function groupPlurals(flat: Map<string, string>): Map<string, TextEntry> {
  const entries = new Map<string, TextEntry>();
  for (const [key, text] of flat) {
    const match = pluralSuffix.exec(key);
    const base = match?.[1];
    const ordinal = match?.[2] !== undefined;
    // Only a real plural group has an _other form; "status_one" alone is a plain key.
    const isPlural =
      match !== null && base !== undefined && flat.has(`${base}_${ordinal ? 'ordinal_' : ''}other`);
    const name = isPlural && base !== undefined ? base : key;
    const entry = entries.get(name) ?? { forms: new Set<string>(), ordinal, placeholders: new Set<string>() };
    entry.forms.add(isPlural ? (match?.[3] ?? '') : '');
    for (const found of text.matchAll(placeholder)) if (found[1]) entry.placeholders.add(found[1]);
    entries.set(name, entry);
  }
  return entries;
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { respondentNamespaces } = await import('../src/i18n/locales');
  const localesDir = path.join(root, 'src/i18n/locales');
  const problems = checkLocales(localesDir, respondentNamespaces);
  const namespaces = listNamespaces(localesDir, sourceLocale);
  if (problems.length > 0) {
    console.error(`i18n: ${problems.length} problem(s) in ${path.relative(root, localesDir)}:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `i18n: ok — ${namespaces.length} namespace(s) complete in sv and en; respondent namespaces [${respondentNamespaces.join(', ')}] complete in uk and ru`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
