import type { LocalizedText, TemplateDefinition } from '../../../core/reports/template-definition';
import type { UiLocale } from '../../../i18n/locales';

export interface AreaQuestion {
  key: string;
  label: string;
}

export interface FigureQuestion {
  key: string;
  areaKey: string | null;
  label: string;
  unit: string | null;
  type: 'integer' | 'decimal' | 'percent';
  countsPersons: boolean;
}

export interface TextQuestion {
  key: string;
  label: string;
}

/** The questions a picture shows: the union over the template versions its reports used. */
export interface PictureQuestions {
  areas: AreaQuestion[];
  figures: FigureQuestion[];
  texts: TextQuestion[];
}

export function localized(text: LocalizedText, locale: UiLocale): string {
  return (locale === 'en' ? text.en : undefined) || text.sv;
}

/**
 * Merges template versions by key (keys are stable across versions, so a report filed on
 * an older version is compared like with like). `definitions` come newest first: the
 * newest version decides label and order, keys only older versions had follow after.
 */
export function mergeQuestions(definitions: TemplateDefinition[], locale: UiLocale): PictureQuestions {
  const areas = new Map<string, AreaQuestion>();
  const areaFigures = new Map<string, FigureQuestion>();
  const generalFigures = new Map<string, FigureQuestion>();
  const texts = new Map<string, TextQuestion>();
  for (const def of definitions) {
    for (const area of def.areas) {
      if (!areas.has(area.key)) areas.set(area.key, { key: area.key, label: localized(area.label, locale) });
      for (const figure of area.figures ?? []) {
        if (!areaFigures.has(figure.key) && !generalFigures.has(figure.key)) {
          areaFigures.set(figure.key, figureQuestion(figure, area.key, locale));
        }
      }
    }
    for (const figure of def.figures ?? []) {
      if (!areaFigures.has(figure.key) && !generalFigures.has(figure.key)) {
        generalFigures.set(figure.key, figureQuestion(figure, null, locale));
      }
    }
    for (const text of def.texts ?? []) {
      if (!texts.has(text.key)) texts.set(text.key, { key: text.key, label: localized(text.label, locale) });
    }
  }
  // Area figures follow their area's order, as in the form.
  const areaOrder = [...areas.keys()];
  const byArea = [...areaFigures.values()].sort(
    (a, b) => areaOrder.indexOf(a.areaKey ?? '') - areaOrder.indexOf(b.areaKey ?? ''),
  );
  return {
    areas: [...areas.values()],
    figures: [...byArea, ...generalFigures.values()],
    texts: [...texts.values()],
  };
}

function figureQuestion(
  figure: TemplateDefinition['figures'][number],
  areaKey: string | null,
  locale: UiLocale,
): FigureQuestion {
  return {
    key: figure.key,
    areaKey,
    label: localized(figure.label, locale),
    unit: figure.unit ?? null,
    type: figure.type,
    countsPersons: figure.countsPersons ?? false,
  };
}
