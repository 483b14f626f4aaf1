import { Theme } from '@grimoire/graphql-types';
import { type ThemedItemFace, type ThemeId } from '@grimoire/rules';
import { Field, ID, ObjectType } from 'type-graphql';

// `Theme` is the campaigns subgraph's enum too: registered once, shared.
export { Theme };

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
