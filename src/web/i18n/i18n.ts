import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type UiLocale, uiLocales } from '../../i18n/locales';

/**
 * Every src/i18n/locales/<lng>/<ns>.json is bundled here, so a feature adds a namespace by
 * creating the files; nothing in this module needs to change.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
});

const LANGUAGE_KEY = 'samla.language';
export const defaultLanguage: UiLocale = 'sv';

function collectResources(): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const [path, content] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    const lng = match?.[1];
    const ns = match?.[2];
    if (!lng || !ns) continue;
    const language: ResourceLanguage = resources[lng] ?? {};
    language[ns] = content;
    resources[lng] = language;
    namespaces.add(ns);
  }
  return { resources, namespaces: [...namespaces].sort() };
}

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && uiLocales.some((locale) => locale === value);
}

function readStoredLanguage(): UiLocale | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return isUiLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** True when the person chose a language in this browser; that choice beats the profile's. */
export function hasStoredLanguage(): boolean {
  return readStoredLanguage() !== null;
}

/** Changes the UI language and remembers the choice in this browser. */
export async function chooseLanguage(language: UiLocale): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

/** The current UI language, narrowed to the ones the interface ships. */
export function currentLanguage(): UiLocale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isUiLocale(language) ? language : defaultLanguage;
}

/** BCP 47 tag for Intl formatting of dates and numbers. */
export function intlLocale(language: string = currentLanguage()): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

const { resources, namespaces } = collectResources();

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources,
  ns: namespaces,
  defaultNS: 'common',
  fallbackNS: 'common',
  lng: readStoredLanguage() ?? defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: Object.keys(resources),
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

export { i18next as i18n };
