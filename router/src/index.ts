import { runService } from '@grimoire/platform';

import { routerOptionsFromEnv, startRouter } from './create-router.js';

await runService('router', () => startRouter(routerOptionsFromEnv()));
