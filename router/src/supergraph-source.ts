import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

import { type SupergraphSdlHook, UplinkSupergraphManager, type SupergraphManager } from '@apollo/gateway';
import type { Logger } from '@grimoire/platform';

import type { SupergraphSource } from './options.js';

/** What `new ApolloGateway({ supergraphSdl })` accepts for each kind of source. */
export type GatewaySupergraph = string | SupergraphSdlHook | SupergraphManager;

const RELOAD_DEBOUNCE_MS = 100;

export function gatewaySupergraph(source: SupergraphSource, logger: Logger): GatewaySupergraph {
  if ('sdl' in source) return source.sdl;
  if ('managed' in source) {
    return new UplinkSupergraphManager({
      apiKey: source.managed.apolloKey,
      graphRef: source.managed.graphRef,
      logger,
    });
  }
  return fileSupergraph(resolve(source.path), source.watch, logger);
}

/**
 * Reads the composed supergraph file. When watching, the directory is watched (editors and
 * `npm run compose` replace the file, which a watch on the file itself would miss) and each
 * change is handed to the gateway with `update()`; an invalid supergraph is logged and the
 * previous one stays live.
 */
export function fileSupergraph(path: string, watchFile: boolean, logger: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    let current = await readFile(path, 'utf8');
    if (!watchFile) return { supergraphSdl: current };

    let timer: NodeJS.Timeout | undefined;
    const reload = async () => {
      let next: string;
      try {
        next = await readFile(path, 'utf8');
      } catch (error) {
        logger.warn({ err: error, path }, 'supergraph file unreadable; keeping the current one');
        return;
      }
      if (next === current || next.trim() === '') return;
      try {
        update(next);
        current = next;
        logger.info({ path }, 'supergraph reloaded');
      } catch (error) {
        logger.error({ err: error, path }, 'new supergraph rejected; keeping the current one');
      }
    };
    const watcher: FSWatcher = watch(dirname(path), (_event, filename) => {
      if (filename !== null && filename !== basename(path)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), RELOAD_DEBOUNCE_MS);
    });
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}
