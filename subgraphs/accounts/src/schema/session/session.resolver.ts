import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { auditContextOf, type AccountsContext } from '../../context.js';
import { logInUser } from '../../domain/log-in-user.js';
import { logOutSession } from '../../domain/log-out-session.js';
import { refreshSession } from '../../domain/refresh-session.js';
import { signUpUser } from '../../domain/sign-up-user.js';
import type { SessionTokens } from '../../domain/types.js';
import { LogInInput, SignUpInput } from './session.input.js';
import { AuthPayload } from './session.type.js';

// Sign-up, login and refresh are open to anyone: the credentials or the refresh token are the authority.
@Resolver(() => AuthPayload)
export class SessionResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in. Duplicate email → CONFLICT.' })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<SessionTokens> {
    return authenticated(ctx, await signUpUser(ctx.services, input, auditContextOf(ctx)));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. Wrong credentials and locked accounts (5 failures lock for 15 minutes) both give UNAUTHENTICATED.',
  })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: AccountsContext): Promise<SessionTokens> {
    return authenticated(ctx, await logInUser(ctx.services, input, auditContextOf(ctx)));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Trades a refresh token for a new access token and a new refresh token. Reusing a spent token ends the session.',
  })
  async refreshSession(
    @Arg('refreshToken', () => String) refreshToken: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<SessionTokens> {
    return authenticated(ctx, await refreshSession(ctx.services, refreshToken, auditContextOf(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to. Always true.' })
  logOut(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return logOutSession(ctx.services, refreshToken, auditContextOf(ctx));
  }
}

/** The payload belongs to whoever just proved who they are, so its user shows private fields. */
function authenticated(ctx: AccountsContext, tokens: SessionTokens): SessionTokens {
  ctx.authenticatedUserId = tokens.user.id;
  return tokens;
}
