import { SRD_ATTRIBUTION } from '@grimoire/rules';
import { Field, ID, InterfaceType } from 'type-graphql';

import type { DescriptionKind } from '../../domain/content-kinds.js';
import type { CatalogEntry as DomainEntry } from '../../domain/read-catalog.js';
import { ContentSourceEnum } from '../common/enums.js';
import { UserReference } from '../user/user.type.js';
import type { DescriptionSource } from './described.js';
import { PowerScoreType } from './power-score.type.js';

@InterfaceType('CatalogEntry', {
  description: 'Anything in the catalog: SRD 5.2 content or homebrew, with its source and rules text.',
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class CatalogEntryType {
  @Field(() => ID, {
    description: 'The 5e-database index for SRD content (`barbarian`, `chain-mail`); `hb-<uuid>` for homebrew.',
  })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ContentSourceEnum)
  source!: ContentSourceEnum;

  @Field(() => UserReference, { nullable: true, description: 'The author of homebrew; null for SRD content.' })
  owner!: UserReference | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rules text (Markdown-ish, as imported); null for SRD content until `npm run catalog:import` has run.',
  })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The CC-BY-4.0 attribution to show with SRD content; null for homebrew.',
  })
  attribution!: string | null;

  @Field(() => PowerScoreType, { nullable: true, description: 'Homebrew only: its power against SRD baselines.' })
  powerScore!: PowerScoreType | null;

  /** Not a field: where `description` comes from. */
  describedBy!: DescriptionSource;

  /** Not a field: the concrete GraphQL type, for the interfaces' resolveType. */
  __typename!: string;
}

/** The fields every catalog entry shares, from a domain entry. */
export function entryFields(entry: DomainEntry, kind: DescriptionKind, typename: string) {
  const homebrew = entry.homebrew;
  return {
    __typename: typename,
    id: entry.content.id,
    name: entry.content.name,
    source: homebrew ? ContentSourceEnum.HOMEBREW : ContentSourceEnum.SRD,
    owner: homebrew ? { id: homebrew.ownerId } : null,
    attribution: homebrew ? null : SRD_ATTRIBUTION,
    powerScore: homebrew ? { ...homebrew.power, verdict: homebrew.power.verdict as PowerScoreType['verdict'] } : null,
    describedBy: { kind, id: entry.content.id, homebrew: homebrew !== null, text: homebrew?.description ?? null },
  };
}
