import type { DescriptionKind } from '../../domain/content-kinds.js';

/**
 * Where a GraphQL object's `description` comes from: homebrew carries its own text; SRD text is
 * loaded (batched) from what `npm run catalog:import` stored, and is null until imported.
 */
export interface DescriptionSource {
  kind: DescriptionKind;
  id: string;
  homebrew: boolean;
  text: string | null;
}

export interface Described {
  describedBy: DescriptionSource;
}
