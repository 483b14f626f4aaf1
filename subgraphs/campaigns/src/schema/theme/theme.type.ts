import {
  type ItemPolicy,
  type ItemPolicyOverride,
  THEME_ITEM_CATEGORIES,
  type ThemeDefinition as ThemeData,
  type ThemeId,
  type ThemeItemCategory,
  type ThemeTone,
} from '@grimoire/rules';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';

import type { ThemeTransitionRow } from '../../db/tables/index.js';
import { Campaign } from '../campaign/campaign.type.js';
import { Character } from '../character/character.type.js';
import { UserReference } from '../user/user.type.js';
import { Theme, ThemeItemCategoryEnum, ThemeItemPolicy, ThemeToneEnum } from './theme-enum.js';

@ObjectType('ThemedItemWord', { description: 'What items of one category are called in a theme.' })
export class ThemedItemWord {
  @Field(() => ThemeItemCategoryEnum)
  category!: ThemeItemCategory;

  @Field(() => String, { description: 'Name pattern; `{item}` stands for the root item name ("Monoblade ({item})").' })
  name!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('ThemeDefinition', { description: 'A theme a campaign can be in.' })
export class ThemeDefinition {
  @Field(() => Theme)
  id!: ThemeId;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ThemeToneEnum)
  tone!: ThemeTone;

  @Field(() => Boolean, { description: 'True for HIGH_FANTASY, whose words are the SRD’s own.' })
  isRoot!: boolean;

  @Field(() => [ThemedItemWord], { description: 'How gear is called here, by category (empty for the root theme).' })
  itemVocabulary!: ThemedItemWord[];
}

export function themeDefinitionFromData(theme: ThemeData): ThemeDefinition {
  const items = theme.items;
  return {
    id: theme.id,
    name: theme.name,
    description: theme.description,
    tone: theme.tone,
    isRoot: items === null,
    itemVocabulary: items === null ? [] : THEME_ITEM_CATEGORIES.map((category) => ({ category, ...items[category] })),
  };
}

@InputType('ThemeItemPolicyInput', {
  description: 'An exception to the transition’s item policy: one inventory entry, or every entry of one item.',
})
export class ThemeItemPolicyInput {
  @Field(() => ID, { nullable: true, description: 'An inventory entry id (InventoryEntry.id).' })
  inventoryItemId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A catalog item id (`longsword`) or a custom item’s name: every entry of that item.',
  })
  itemKey?: string | null;

  @Field(() => ThemeItemPolicy)
  policy!: ItemPolicy;
}

@ObjectType('ThemeItemPolicyOverride', { description: 'An exception a transition made to its item policy.' })
export class ThemeItemPolicyOverride {
  @Field(() => ID, { nullable: true })
  inventoryItemId!: string | null;

  @Field(() => String, { nullable: true })
  itemKey!: string | null;

  @Field(() => ThemeItemPolicy)
  policy!: ItemPolicy;
}

@Directive('@key(fields: "id")')
@ObjectType('ThemeTransition', { description: 'A genre shift of a campaign, which moved its party.' })
export class ThemeTransition {
  @Field(() => ID)
  id!: string;

  campaignId!: string;

  @Field(() => Theme)
  fromTheme!: ThemeId;

  @Field(() => Theme)
  toTheme!: ThemeId;

  @Field(() => ThemeItemPolicy, { description: 'The policy for items without an override.' })
  itemPolicy!: ItemPolicy;

  @Field(() => [ThemeItemPolicyOverride])
  itemPolicies!: ThemeItemPolicyOverride[];

  @Field(() => String)
  reason!: string;

  @Field(() => [Character], {
    description: 'The party members moved; each gets a new version in the new theme (applied through the event bus).',
  })
  characters!: Character[];

  @Field(() => UserReference, { description: 'The game master who made it.' })
  transitionedBy!: UserReference;

  @Field(() => Date)
  transitionedAt!: Date;
}

function overrideFromData(override: ItemPolicyOverride): ThemeItemPolicyOverride {
  return {
    inventoryItemId: override.entryId ?? null,
    itemKey: override.itemKey ?? null,
    policy: override.policy,
  };
}

export function themeTransitionFromRow(row: ThemeTransitionRow): ThemeTransition {
  return {
    id: row.id,
    campaignId: row.campaignId,
    fromTheme: row.fromTheme,
    toTheme: row.toTheme,
    itemPolicy: row.itemPolicy,
    itemPolicies: row.itemPolicies.map(overrideFromData),
    reason: row.reason,
    characters: row.characterIds.map((id) => ({ id })),
    transitionedBy: { id: row.transitionedBy },
    transitionedAt: row.transitionedAt,
  };
}

@ObjectType('ThemeTransitionResult', { description: 'The transition made, and the campaign in its new theme.' })
export class ThemeTransitionResult {
  @Field(() => ThemeTransition)
  transition!: ThemeTransition;

  @Field(() => Campaign)
  campaign!: Campaign;
}
