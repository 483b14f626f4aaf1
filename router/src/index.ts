import { createLogger } from '@grimoire/platform';

import { routerOptionsFromEnv, startRouter } from './create-router.js';

const logger = createLogger('router');

try {
  const router = await startRouter(routerOptionsFromEnv());
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping router');
    router.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'router did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
} catch (error) {
  logger.fatal({ err: error }, 'router failed to start');
  process.exit(1);
}
