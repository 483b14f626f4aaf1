import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum Role {
  PLAYER = 'PLAYER',
  GAME_MASTER = 'GAME_MASTER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    PLAYER: { description: 'Plays characters in campaigns.' },
    GAME_MASTER: { description: 'Runs campaigns.' },
    ADMIN: { description: 'Manages users, roles and signing keys; reads the audit log.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType('User', { description: 'A Grimoire account. `email` is private; the rest is public.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Public name shown to other players (1–64 characters).' })
  displayName!: string;

  @Field(() => [Role], { description: 'Roles granted to the user.' })
  roles!: Role[];

  // `email` is served by UserResolver.email, which hides it from everyone but the user and admins.
}
