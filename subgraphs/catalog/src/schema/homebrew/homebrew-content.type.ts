import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

import { HomebrewKindEnum } from '../common/enums.js';

@ObjectType('HomebrewContent', {
  description: 'Internal: a homebrew entry as the rules engine consumes it (for the characters subgraph).',
})
export class HomebrewContentType {
  @Field(() => ID)
  id!: string;

  @Field(() => HomebrewKindEnum)
  kind!: HomebrewKindEnum;

  @Field(() => GraphQLJSONObject, {
    description: 'The @grimoire/rules model object (Spell, Species, ClassDefinition, …).',
  })
  content!: Record<string, unknown>;
}
