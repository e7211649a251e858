import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';
import { allLocales, type Locale } from '../../i18n/locales';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../i18n/locales');

function loadResources() {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lng of allLocales) {
    const dir = path.join(localesDir, lng);
    // Respondent-only locales carry just the namespaces respondents see; none may exist yet.
    if (!existsSync(dir)) continue;
    const entry: Record<string, unknown> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      entry[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    }
    resources[lng] = entry;
  }
  return resources;
}

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: loadResources() as never,
  lng: 'sv',
  fallbackLng: 'sv',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

/** Server-side translation (error messages, e-mails, exports). */
export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
