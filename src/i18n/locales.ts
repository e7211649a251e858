/** Interface languages; respondent-facing pages also use uk and ru. */
export const uiLocales = ['sv', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const allLocales = ['sv', 'en', 'uk', 'ru'] as const;
export type Locale = (typeof allLocales)[number];

/** Namespaces that respondents see and that must therefore exist in every locale. */
export const respondentNamespaces: readonly string[] = [];

export function pickLocale(acceptLanguage: string | undefined | null): UiLocale {
  if (!acceptLanguage) return 'sv';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === 'sv' || tag === 'en') return tag;
  }
  return 'sv';
}
