import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { jobHandlers, periodicTasks } from './jobs';
import { createUserAccount } from './modules/auth/create-admin';
import { clusterRole, runPrimary } from './platform/cluster';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db';
import type { AppDeps } from './platform/http';
import { startWorker } from './platform/jobs';
import { createLogger } from './platform/logger';
import { createMailer } from './platform/mail';
import { runSeed } from './seed/index';

const usage = `Samla — kommandon:
  serve [--demo]          starta servern (migrerar först; --demo fyller en tom databas med demodata)
  migrate                 kör databasmigreringar
  seed [--demo]           fyll registret (och med --demo demodata)
  create-admin --email E --name N [--org KOD]   skapa en systemadministratör (lösenord läses från SAMLA_ADMIN_PASSWORD eller skrivs ut)
`;

async function openDeps(): Promise<AppDeps> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.SAMLA_DATA_DIR });
  return { config, logger, database, mailer: createMailer(config) };
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      demo: { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
    },
    allowPositionals: true,
  });

  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(usage);
    return;
  }
  const deps = await openDeps();
  const { logger, database, config } = deps;
  try {
    switch (command) {
      case 'migrate':
        await database.migrate();
        logger.info({ database: database.kind }, 'migrations applied');
        break;
      case 'seed': {
        await database.migrate();
        const result = await runSeed(deps, { demo: values.demo && !config.isProduction });
        printDemoAccounts(result.demoAccounts);
        break;
      }
      case 'create-admin': {
        await database.migrate();
        if (!values.email || !values.name) throw new Error('create-admin needs --email and --name');
        const password = await createUserAccount(deps, {
          email: values.email,
          name: values.name,
          orgCode: values.org ?? 'SAMLA',
          roles: ['system_admin'],
          password: process.env.SAMLA_ADMIN_PASSWORD,
        });
        process.stdout.write(
          `Administratör skapad: ${values.email}\n${password ? `Lösenord: ${password}\n` : ''}`,
        );
        break;
      }
      case 'serve':
        await startServer(deps, values.demo);
        return;
      default:
        process.stderr.write(`Okänt kommando: ${command}\n${usage}`);
        process.exitCode = 2;
    }
  } catch (err) {
    logger.error({ err }, `${command} failed`);
    process.exitCode = 1;
  }
  await database.close();
}

function printDemoAccounts(accounts: { email: string; password: string; description: string }[]) {
  if (accounts.length === 0) return;
  const lines = accounts.map((a) => `  ${a.email.padEnd(40)} ${a.password.padEnd(20)} ${a.description}`);
  process.stdout.write(`\nDEMOKONTON (endast för demonstration, syntetiska data):\n${lines.join('\n')}\n\n`);
}

async function startServer(deps: AppDeps, demo: boolean) {
  const { config, logger, database } = deps;
  // SAMLA_WORKERS=n on PostgreSQL: the primary migrates, seeds and runs jobs; workers serve HTTP.
  const role = clusterRole(config);
  if (role !== 'worker') {
    await database.migrate();
    const seeded = await runSeed(deps, { demo: demo && !config.isProduction });
    printDemoAccounts(seeded.demoAccounts);
  }
  const stopWorker = role === 'worker' ? async () => {} : startWorker(deps, jobHandlers, periodicTasks);
  if (role === 'primary') return runPrimary(deps, stopWorker);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info({ port: info.port, database: database.kind }, 'Samla listening');
    process.stdout.write(`Samla körs på http://localhost:${info.port}\n`);
  });
  const shutdown = async () => {
    logger.info('shutting down');
    server.close();
    await stopWorker();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
