/** The contact functions a person may hold (same list as the server's user_functions). */
export const contactFunctions = [
  'socialchef',
  'beredskapssamordnare',
  'informationssakerhetssamordnare',
  'digitaliseringschef',
  'kommunikator',
  'enhetschef',
  'socialsekreterare',
  'integrationssamordnare',
] as const;
export type ContactFunction = (typeof contactFunctions)[number];

export function isContactFunction(value: unknown): value is ContactFunction {
  return typeof value === 'string' && contactFunctions.some((f) => f === value);
}
