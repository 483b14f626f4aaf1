import { Field, InputType, Int } from 'type-graphql';

@InputType('CreateCharacterInput', { description: 'A new character; only the name is required.' })
export class CreateCharacterInput {
  @Field(() => String, { description: 'Display name, 1-100 characters (trimmed).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Species id from the rules catalog.' })
  species?: string | null;

  // type-graphql cannot rename input fields, so the property carries the API name `class`.
  @Field(() => String, { nullable: true, description: 'Class id from the rules catalog.' })
  class?: string | null;

  @Field(() => Int, { nullable: true, description: 'Starting level, 1-20 (default 1).' })
  level?: number | null;
}
