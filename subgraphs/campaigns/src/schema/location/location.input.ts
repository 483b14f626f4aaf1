import { Field, ID, InputType } from 'type-graphql';

@InputType('CreateLocationInput')
export class CreateLocationInput {
  @Field(() => String, { description: '1-200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The location it lies in (same campaign).' })
  parentLocationId?: string | null;
}

@InputType('UpdateLocationInput', {
  description: 'Omitted fields stay; null parentLocationId moves it to the top level.',
})
export class UpdateLocationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A parent inside this location itself is BAD_USER_INPUT naming the loop.',
  })
  parentLocationId?: string | null;
}
