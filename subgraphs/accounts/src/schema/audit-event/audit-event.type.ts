import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';

import { PageInfo } from '@grimoire/platform';

export enum AuditEventType {
  SIGN_UP = 'SIGN_UP',
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SESSION_REFRESHED = 'SESSION_REFRESHED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  LOGGED_OUT = 'LOGGED_OUT',
  ROLES_CHANGED = 'ROLES_CHANGED',
  SIGNING_KEY_ROTATED = 'SIGNING_KEY_ROTATED',
}

registerEnumType(AuditEventType, { name: 'AuditEventType', description: 'What happened in an audit event.' });

@ObjectType('AuditEvent', { description: 'One security-relevant event in the accounts audit log.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditEventType)
  type!: AuditEventType;

  @Field(() => ID, {
    nullable: true,
    description: 'The user concerned, when known (null for a login with an unknown email).',
  })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'The email given in a sign-up or login attempt.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The x-request-id of the request that caused it.' })
  requestId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => GraphQLJSONObject, {
    description: 'Event-specific details, e.g. the failure reason or the roles before and after.',
  })
  detail!: Record<string, unknown>;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

@ObjectType('AuditEventConnection', { description: 'A page of audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
