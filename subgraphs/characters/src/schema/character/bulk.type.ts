import { Field, Int, ObjectType } from 'type-graphql';

import { Character } from './character.type.js';
import { ValidationReport } from './sheet.type.js';

@ObjectType('BulkItemError', { description: 'Why one item of a bulk operation failed.' })
export class BulkItemError {
  @Field(() => String)
  message!: string;

  @Field(() => String, { description: 'BAD_USER_INPUT, …' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The input field, e.g. `inputs.3.name`.' })
  field!: string | null;
}

@ObjectType('CreateCharacterResult', { description: 'One item of createCharacters: the character, or its errors.' })
export class CreateCharacterResult {
  @Field(() => Int, { description: 'Position of the input.' })
  index!: number;

  @Field(() => Character, { nullable: true })
  character!: Character | null;

  @Field(() => [BulkItemError])
  errors!: BulkItemError[];
}

@ObjectType('ValidateCharacterResult', { description: 'One item of validateCharacters: the report, or input errors.' })
export class ValidateCharacterResult {
  @Field(() => Int)
  index!: number;

  @Field(() => ValidationReport, {
    nullable: true,
    description: 'Null when the input itself is malformed (see errors).',
  })
  validation!: ValidationReport | null;

  @Field(() => [BulkItemError])
  errors!: BulkItemError[];
}
