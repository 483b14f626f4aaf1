import type { ReferenceResolver } from '@grimoire/platform';

import type { CatalogContext } from '../../context.js';
import { type ConditionType, conditionToGraphQL, isCondition } from './condition.type.js';

/** Conditions are a fixed list in memory: no loader needed, nothing to batch. */
export const conditionReference: ReferenceResolver<CatalogContext> = {
  __resolveReference(reference): ConditionType | null {
    return isCondition(reference.id) ? conditionToGraphQL(reference.id) : null;
  },
};
