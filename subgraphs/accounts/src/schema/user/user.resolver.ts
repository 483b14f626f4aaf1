import { requireIdentity, unauthenticated } from '@grimoire/platform';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { auditContextOf, type AccountsContext } from '../../context.js';
import type { UserRow } from '../../db/tables/index.js';
import { setUserRoles } from '../../domain/set-user-roles.js';
import { canSeePrivateFields, requireAdmin } from '../common/authorise.js';
import { SetUserRolesArgs } from './user.input.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: AccountsContext): Promise<UserRow> {
    const viewer = requireIdentity(ctx.viewer);
    const user = await ctx.loaders.userById.load(viewer.userId);
    if (!user) throw unauthenticated('Your account no longer exists. Sign in again.');
    return user;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The login email. Visible only to the user themself and to admins; null for anyone else.',
  })
  async email(@Root() user: UserRow, @Ctx() ctx: AccountsContext): Promise<string | null> {
    return (await canSeePrivateFields(ctx, user)) ? user.email : null;
  }

  @Mutation(() => User, { description: "Replaces a user's roles. Admins only." })
  async setUserRoles(
    @Args(() => SetUserRolesArgs) args: SetUserRolesArgs,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserRow> {
    const admin = await requireAdmin(ctx);
    return setUserRoles(ctx.services, admin.id, args, auditContextOf(ctx));
  }
}
