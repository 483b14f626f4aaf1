import { THEME_IDS, type ThemedItemFace, type ThemeId } from '@grimoire/rules';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

// The same enum as the campaigns subgraph's `Theme` (composition merges them value for value).
export const Theme = Object.fromEntries(THEME_IDS.map((id) => [id, id])) as Record<ThemeId, ThemeId>;
registerEnumType(Theme, {
  name: 'Theme',
  description: 'A campaign theme (genre). HIGH_FANTASY is the root: SRD items are written in it.',
});

@ObjectType('RootItem', { description: 'The original, un-themed item an adapted one stands for.' })
export class RootItem {
  @Field(() => ID, { nullable: true, description: 'Its catalog id; null for a custom item.' })
  itemId!: string | null;

  @Field(() => String)
  name!: string;
}

@ObjectType('ThemedItemLook', {
  description: "An inventory item's look in a theme: a name and a description. Its numbers never change.",
})
export class ThemedItemLook {
  @Field(() => Theme)
  theme!: ThemeId;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => RootItem)
  root!: RootItem;
}

export function themedItemLookOf(face: ThemedItemFace | undefined): ThemedItemLook | null {
  if (!face) return null;
  return {
    theme: face.theme,
    name: face.name,
    description: face.description,
    root: { itemId: face.root.itemId ?? null, name: face.root.name },
  };
}
