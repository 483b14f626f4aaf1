import DataLoader from 'dataloader';

import type { CharactersDb } from './database.js';
import { listApplicationsOfTableEvents, listVersionsOfTableEvents } from './queries/table-event-applications.js';
import type { CharacterVersionRow, TableEventApplicationRow } from './tables/index.js';

/** What campaigns' table events did here, by event id; fresh per request, one statement per batch. */
export interface TableEventLoaders {
  versionsByTableEventId: DataLoader<string, CharacterVersionRow[]>;
  applicationsByTableEventId: DataLoader<string, TableEventApplicationRow[]>;
}

export function createTableEventLoaders(db: CharactersDb): TableEventLoaders {
  return {
    versionsByTableEventId: new DataLoader(async (ids) => {
      const rows = await listVersionsOfTableEvents(db, ids);
      return ids.map((id) => rows.filter((row) => row.tableEventId === id));
    }),
    applicationsByTableEventId: new DataLoader(async (ids) => {
      const rows = await listApplicationsOfTableEvents(db, ids);
      return ids.map((id) => rows.filter((row) => row.tableEventId === id));
    }),
  };
}
