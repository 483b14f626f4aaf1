import { ArgsType, Field, ID } from 'type-graphql';

import { Role } from './user.type.js';

@ArgsType()
export class SetUserRolesArgs {
  @Field(() => ID, { description: 'The user whose roles are replaced.' })
  userId!: string;

  @Field(() => [Role], { description: 'The complete new set of roles (at least one).' })
  roles!: Role[];
}
