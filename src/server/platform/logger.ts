import pino from 'pino';
import type { Config } from './config';

/** JSON lines in production; readable lines in development. */
export function createLogger(config: Pick<Config, 'isProduction' | 'LOG_LEVEL' | 'NODE_ENV'>) {
  const level = config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL;
  if (config.isProduction || config.NODE_ENV === 'test') return pino({ level });
  return pino({
    level,
    transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
  });
}
export type Logger = ReturnType<typeof createLogger>;
