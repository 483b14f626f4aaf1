import type { Order } from '../../domain/list-content.js';
import { OrderDirectionEnum } from './enums.js';

/** GraphQL order inputs → domain orders (enum values already are the domain's field names). */
export function toOrders<TField extends string>(
  orderBy: readonly { field: TField; direction?: OrderDirectionEnum | null }[] | null | undefined,
): Order<TField>[] | null {
  return orderBy
    ? orderBy.map((order) => ({ field: order.field, direction: order.direction ?? OrderDirectionEnum.ASC }))
    : null;
}
