import type { FigureDefinition } from '../../../core/reports/template-definition';

/** Building blocks of the standard templates; labels in Swedish with English beside them. */

export function persons(key: string, sv: string, en: string): FigureDefinition {
  return {
    key,
    label: { sv, en },
    type: 'integer',
    unit: 'personer',
    min: 0,
    required: false,
    countsPersons: true,
  };
}

export function count(key: string, sv: string, en: string, unit: string, max?: number): FigureDefinition {
  return {
    key,
    label: { sv, en },
    type: 'integer',
    unit,
    min: 0,
    ...(max !== undefined ? { max } : {}),
    required: false,
    countsPersons: false,
  };
}

export function absence(key: string): FigureDefinition {
  return {
    key,
    label: { sv: 'Personalfrånvaro', en: 'Staff absence' },
    type: 'percent',
    unit: '%',
    min: 0,
    max: 100,
    required: false,
    countsPersons: false,
  };
}

export function protectiveDays(key: string): FigureDefinition {
  return count(key, 'Dagar kvar av skyddsutrustning', 'Days of protective equipment left', 'dagar', 365);
}

export function infectedUsers(key: string): FigureDefinition {
  return persons(key, 'Bekräftat smittade brukare', 'Confirmed infected service users');
}

export function infectedStaff(key: string): FigureDefinition {
  return persons(key, 'Bekräftat smittad personal', 'Confirmed infected staff');
}

export const needsText = {
  key: 'needs',
  label: { sv: 'Behov av samordning och stöd', en: 'Needs of coordination and support' },
  required: false,
  maxLength: 4000,
};
