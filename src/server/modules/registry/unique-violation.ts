/**
 * True when a database error (possibly wrapped by drizzle) is a unique-constraint
 * violation. Services check for duplicates first; this covers two requests racing.
 */
export function isUniqueViolation(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    if ('code' in current && current.code === '23505') return true;
    current = 'cause' in current ? current.cause : undefined;
  }
  return false;
}
