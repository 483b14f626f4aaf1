import type { Page } from '@grimoire/platform';
import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { AccountsContext } from '../../context.js';
import type { AuditEventRow } from '../../db/tables/index.js';
import { listAuditEvents } from '../../domain/list-audit-events.js';
import { requireAdmin } from '../common/authorise.js';
import { AuditEventsArgs } from './audit-event.input.js';
import { AuditEventConnection } from './audit-event.type.js';

@Resolver(() => AuditEventConnection)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'The accounts audit log, newest first. Admins only.' })
  async auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Ctx() ctx: AccountsContext,
  ): Promise<Page<AuditEventRow>> {
    await requireAdmin(ctx);
    return listAuditEvents(ctx.services, args);
  }
}
