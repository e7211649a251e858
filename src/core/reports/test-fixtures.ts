import { type Answers, answers as answersSchema } from './answers';
import { type TemplateDefinition, templateDefinition } from './template-definition';

/**
 * A small template used by the core tests: one area per impact mode, one figure of each
 * type, a person count and a required text.
 */
export function sampleTemplate(): TemplateDefinition {
  return templateDefinition.parse({
    areas: [
      {
        key: 'aldreomsorg',
        label: { sv: 'Äldreomsorg' },
        impactMode: 'either',
        figures: [
          {
            key: 'smittade',
            label: { sv: 'Smittade' },
            type: 'integer',
            min: 0,
            required: true,
            countsPersons: true,
          },
          { key: 'franvaro', label: { sv: 'Frånvaro' }, type: 'percent' },
        ],
      },
      { key: 'hemtjanst', label: { sv: 'Hemtjänst' }, impactMode: 'criteria', commentRequiredFrom: 3 },
      { key: 'ifo', label: { sv: 'IFO' }, impactMode: 'direct', commentRequiredFrom: null },
    ],
    figures: [
      { key: 'kostnad', label: { sv: 'Kostnad' }, type: 'decimal', unit: 'mnkr', min: -10, max: 1000 },
      { key: 'platser', label: { sv: 'Platser' }, type: 'integer' },
    ],
    texts: [
      { key: 'sammanfattning', label: { sv: 'Sammanfattning' }, required: true, maxLength: 20 },
      { key: 'ovrigt', label: { sv: 'Övrigt' } },
    ],
  });
}

/** Answers that pass submit validation against `sampleTemplate()`. */
export function completeAnswers(): Answers {
  return answersSchema.parse({
    areas: {
      aldreomsorg: { impact: 2, comment: '' },
      hemtjanst: { criteria: { a: 'partly', b: 'yes', c: 'normal' }, impact: 2, comment: '' },
      ifo: { impact: 5, comment: '' },
    },
    figures: { smittade: 3, franvaro: 12.5, kostnad: 1.5, platser: null },
    texts: { sammanfattning: 'Lugnt läge', ovrigt: '' },
  });
}
