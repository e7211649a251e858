import type { Config } from '../../platform/config';

/**
 * The development mailbox shows every outgoing mail, reset links included, so it exists
 * only outside production; there it answers 404 as if it were not there at all.
 */
export function isMailboxAvailable(config: Pick<Config, 'isProduction'>): boolean {
  return !config.isProduction;
}
