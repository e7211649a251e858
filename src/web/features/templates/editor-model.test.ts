import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { toDefinition } from './draft-definition';
import { keyFromLabel, move, newFigure, toDraft, uniqueKey, withLabelSv } from './editor-model';

const def: TemplateDefinition = {
  areas: [
    {
      key: 'sabo',
      label: { sv: 'SÄBO', en: 'Care homes' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        {
          key: 'infected',
          label: { sv: 'Smittade' },
          type: 'integer',
          min: 0,
          required: false,
          countsPersons: true,
        },
      ],
    },
  ],
  figures: [
    {
      key: 'absence',
      label: { sv: 'Frånvaro' },
      type: 'percent',
      unit: '%',
      min: 0,
      max: 100,
      required: true,
      countsPersons: false,
    },
  ],
  texts: [{ key: 'needs', label: { sv: 'Behov' }, required: false, maxLength: 4000 }],
};

describe('editor model', () => {
  it('round-trips a definition through the draft unchanged', () => {
    expect(toDefinition(toDraft(def))).toEqual({ definition: def, errors: {} });
  });

  it('makes keys from Swedish labels', () => {
    expect(keyFromLabel('Lediga platser i SÄBO')).toBe('lediga_platser_i_sabo');
    expect(keyFromLabel('3 dagar')).toBe('q_3_dagar');
    expect(uniqueKey('smittade', new Set(['smittade', 'smittade_2']))).toBe('smittade_3');
  });

  it('lets a new figure key follow its label, but never a saved one', () => {
    const draft = toDraft(def);
    const added = newFigure(draft, 'Nytt nyckeltal');
    expect(added.key).toBe('nytt_nyckeltal');
    expect(withLabelSv(added, 'Lediga platser', new Set()).key).toBe('lediga_platser');
    const saved = draft.figures[0];
    if (!saved) throw new Error('missing');
    expect(withLabelSv(saved, 'Personalfrånvaro', new Set()).key).toBe('absence');
  });

  it('moves items within bounds', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('reports bounds that are not numbers by path, and reads Swedish decimals', () => {
    const draft = toDraft(def);
    const area = draft.areas[0];
    const figure = area?.figures[0];
    if (!area || !figure) throw new Error('missing');
    area.figures[0] = { ...figure, min: 'noll', max: '12,5' };
    const { definition, errors } = toDefinition(draft);
    expect(errors).toEqual({ 'areas.0.figures.0.min': 'invalid_number' });
    expect(definition.areas[0]?.figures[0]?.max).toBe(12.5);
  });
});
