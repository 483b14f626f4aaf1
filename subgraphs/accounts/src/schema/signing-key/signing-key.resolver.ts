import { Ctx, Mutation, Resolver } from 'type-graphql';

import { auditContextOf, type AccountsContext } from '../../context.js';
import { rotateSigningKey } from '../../domain/rotate-signing-key.js';
import { requireAdmin } from '../common/authorise.js';

@Resolver()
export class SigningKeyResolver {
  @Mutation(() => String, {
    description:
      'Makes a new access-token signing key and returns its kid. Tokens signed with the old key verify until they expire. Admins only.',
  })
  async rotateSigningKey(@Ctx() ctx: AccountsContext): Promise<string> {
    const admin = await requireAdmin(ctx);
    return rotateSigningKey(ctx.services, admin.id, auditContextOf(ctx));
  }
}
