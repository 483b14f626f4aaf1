import { ConfigError } from '../config/parse-env.js';
import { createLogger } from '../logging/logger.js';

export interface StoppableService {
  stop(): Promise<void>;
}

/**
 * The body of every service's process entry: start it, print a bad configuration as the
 * plain message it is (exit 1), and stop gracefully on SIGTERM or SIGINT.
 */
export async function runService(name: string, start: () => Promise<StoppableService>): Promise<void> {
  const logger = createLogger(name);
  let service: StoppableService;
  try {
    service = await start();
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else logger.fatal({ err: error }, `${name} failed to start`);
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `stopping ${name}`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, `${name} did not stop cleanly`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
