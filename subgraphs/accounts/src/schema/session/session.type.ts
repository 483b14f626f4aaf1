import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { User } from '../user/user.type.js';

@ObjectType('AuthPayload', { description: 'Tokens of a session, returned by signUp, logIn and refreshSession.' })
export class AuthPayload {
  @Field(() => String, { description: 'RS256 JWT to send as `Authorization: Bearer …`; valid for 15 minutes.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token expires.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    description:
      'Single-use token for refreshSession; valid for 30 days. Store it securely and replace it with each new one.',
  })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the refresh token expires.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}
