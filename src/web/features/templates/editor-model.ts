import type {
  AreaDefinition,
  FigureDefinition,
  FigureType,
  TemplateDefinition,
} from '../../../core/reports/template-definition';

/**
 * The editor's working copy of a definition. Numbers stay text while typed; keys of new
 * questions follow their Swedish label until edited, while keys of saved questions are fixed
 * (the picture compares versions by key).
 */

interface DraftBase {
  uid: string;
  /** Not in the version the edit started from: its key may still change. */
  isNew: boolean;
  keyEdited: boolean;
  key: string;
  labelSv: string;
  labelEn: string;
}

export interface DraftFigure extends DraftBase {
  type: FigureType;
  unit: string;
  min: string;
  max: string;
  required: boolean;
  countsPersons: boolean;
}

export interface DraftArea extends DraftBase {
  impactMode: AreaDefinition['impactMode'];
  /** '' = a comment is never required. */
  commentRequiredFrom: string;
  figures: DraftFigure[];
}

export interface DraftText extends DraftBase {
  required: boolean;
  maxLength: string;
}

export interface Draft {
  areas: DraftArea[];
  figures: DraftFigure[];
  texts: DraftText[];
}

let counter = 0;
function uid(): string {
  counter += 1;
  return `q${counter}`;
}

function base(key: string, label: { sv: string; en?: string | undefined }, isNew = false): DraftBase {
  return { uid: uid(), isNew, keyEdited: false, key, labelSv: label.sv, labelEn: label.en ?? '' };
}

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));

function figureDraft(f: FigureDefinition): DraftFigure {
  return {
    ...base(f.key, f.label),
    type: f.type,
    unit: f.unit ?? '',
    min: numberText(f.min),
    max: numberText(f.max),
    required: f.required,
    countsPersons: f.countsPersons,
  };
}

export function toDraft(def: TemplateDefinition): Draft {
  return {
    areas: def.areas.map((a) => ({
      ...base(a.key, a.label),
      impactMode: a.impactMode,
      commentRequiredFrom: a.commentRequiredFrom === null ? '' : String(a.commentRequiredFrom),
      figures: a.figures.map(figureDraft),
    })),
    figures: def.figures.map(figureDraft),
    texts: def.texts.map((t) => ({
      ...base(t.key, t.label),
      required: t.required,
      maxLength: String(t.maxLength),
    })),
  };
}

/** A key from a Swedish label: "Lediga platser i SÄBO" → "lediga_platser_i_sabo". */
export function keyFromLabel(label: string): string {
  const plain = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = /^[a-z]/.test(plain) ? plain : `q_${plain}`;
  return key.slice(0, 40).replace(/_+$/, '') || 'q';
}

/** Every key in use, by kind (areas, figures and texts each have their own key space). */
export function keysOf(draft: Draft, kind: 'area' | 'figure' | 'text', exceptUid?: string): Set<string> {
  const items =
    kind === 'area'
      ? draft.areas
      : kind === 'text'
        ? draft.texts
        : [...draft.areas.flatMap((a) => a.figures), ...draft.figures];
  return new Set(items.filter((i) => i.uid !== exceptUid).map((i) => i.key));
}

export function uniqueKey(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function newFigure(draft: Draft, labelSv: string): DraftFigure {
  const key = uniqueKey(keyFromLabel(labelSv), keysOf(draft, 'figure'));
  return {
    ...base(key, { sv: labelSv }, true),
    type: 'integer',
    unit: '',
    min: '0',
    max: '',
    required: false,
    countsPersons: false,
  };
}

export function newArea(draft: Draft, labelSv: string): DraftArea {
  const key = uniqueKey(keyFromLabel(labelSv), keysOf(draft, 'area'));
  return { ...base(key, { sv: labelSv }, true), impactMode: 'either', commentRequiredFrom: '4', figures: [] };
}

export function newText(draft: Draft, labelSv: string): DraftText {
  const key = uniqueKey(keyFromLabel(labelSv), keysOf(draft, 'text'));
  return { ...base(key, { sv: labelSv }, true), required: false, maxLength: '4000' };
}

/** The list with the item at `index` moved by `delta` places (unchanged at the ends). */
export function move<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const item = list[index];
  if (item === undefined || target < 0 || target >= list.length) return [...list];
  const copy = list.filter((_, i) => i !== index);
  copy.splice(target, 0, item);
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/** Applies a label edit; a new question's key follows the label until the key is edited. */
export function withLabelSv<T extends DraftBase>(item: T, labelSv: string, taken: Set<string>): T {
  if (!item.isNew || item.keyEdited) return { ...item, labelSv };
  return { ...item, labelSv, key: uniqueKey(keyFromLabel(labelSv), taken) };
}
