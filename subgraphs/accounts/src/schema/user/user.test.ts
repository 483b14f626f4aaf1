import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditEvents } from '../../db/tables/index.js';
import {
  ADMIN_EMAIL,
  type AccountsTestKit,
  type AuthPayloadResult,
  startAccountsTestKit,
} from '../../testing/accounts-test-kit.js';

const ME = '{ me { id email displayName roles } }';
const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email displayName roles } } }';
const SET_ROLES =
  'mutation($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { id roles email } }';

describe('users: me, entity references, roles', () => {
  let kit: AccountsTestKit;
  let admin: AuthPayloadResult;
  let ada: AuthPayloadResult;
  let bob: AuthPayloadResult;

  beforeAll(async () => {
    kit = await startAccountsTestKit('accounts_users');
    admin = await kit.signUp(ADMIN_EMAIL, undefined, 'Admin');
    ada = await kit.signUp('ada@example.com', undefined, 'Ada');
    bob = await kit.signUp('bob@example.com', undefined, 'Bob');
  });

  afterAll(async () => {
    await kit?.stop();
  });

  describe('me', () => {
    it('is UNAUTHENTICATED without a signed-in user', async () => {
      const { body } = await kit.gql(ME);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('returns the signed-in user with their email', async () => {
      const { body } = await kit.gql(ME, {}, { identity: kit.identityOf(ada.user) });
      expect(body.data).toEqual({
        me: { id: ada.user.id, email: 'ada@example.com', displayName: 'Ada', roles: ['PLAYER', 'GAME_MASTER'] },
      });
    });
  });

  describe('_entities', () => {
    const representations = () => [
      { __typename: 'User', id: ada.user.id },
      { __typename: 'User', id: bob.user.id },
      { __typename: 'User', id: admin.user.id },
    ];

    it('shows displayName to anyone but hides the email from everyone except the user and admins', async () => {
      const anonymous = await kit.gql(ENTITIES, { r: representations() });
      expect(anonymous.body.data?._entities.map((user: { email: string | null }) => user.email)).toEqual([
        null,
        null,
        null,
      ]);
      expect(anonymous.body.data?._entities.map((user: { displayName: string }) => user.displayName)).toEqual([
        'Ada',
        'Bob',
        'Admin',
      ]);

      const asAda = await kit.gql(ENTITIES, { r: representations() }, { identity: kit.identityOf(ada.user) });
      expect(asAda.body.data?._entities.map((user: { email: string | null }) => user.email)).toEqual([
        'ada@example.com',
        null,
        null,
      ]);

      const asAdmin = await kit.gql(ENTITIES, { r: representations() }, { identity: kit.identityOf(admin.user) });
      expect(asAdmin.body.data?._entities.map((user: { email: string | null }) => user.email)).toEqual([
        'ada@example.com',
        'bob@example.com',
        ADMIN_EMAIL,
      ]);
    });

    it('trusts the database, not a forwarded ADMIN role, before showing emails', async () => {
      const forged = { userId: bob.user.id, roles: ['PLAYER', 'ADMIN'] };
      const { body } = await kit.gql(ENTITIES, { r: representations() }, { identity: forged });
      expect(body.data?._entities.map((user: { email: string | null }) => user.email)).toEqual([
        null,
        'bob@example.com',
        null,
      ]);
    });

    it('loads any number of references with one SQL statement', async () => {
      const many = [...representations(), ...representations(), { __typename: 'User', id: 'not-a-uuid' }];
      const before = kit.subgraph.database.statementCount();
      const { body } = await kit.gql(ENTITIES, { r: many });
      expect(kit.subgraph.database.statementCount() - before).toBe(1);
      expect(body.data?._entities).toHaveLength(7);
      expect(body.data?._entities[6]).toBeNull();
    });
  });

  describe('setUserRoles', () => {
    it('is UNAUTHENTICATED anonymously and FORBIDDEN for players, even with a forged ADMIN claim', async () => {
      const anonymous = await kit.gql(SET_ROLES, { id: bob.user.id, roles: ['PLAYER'] });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const player = await kit.gql(
        SET_ROLES,
        { id: bob.user.id, roles: ['ADMIN'] },
        { identity: kit.identityOf(ada.user) },
      );
      expect(player.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const claimed = await kit.gql(
        SET_ROLES,
        { id: bob.user.id, roles: ['ADMIN'] },
        { identity: { userId: ada.user.id, roles: ['ADMIN'] } },
      );
      expect(claimed.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets an admin replace roles, audits it, and the next refresh carries them', async () => {
      const { body } = await kit.gql(
        SET_ROLES,
        { id: bob.user.id, roles: ['PLAYER', 'PLAYER'] },
        { identity: kit.identityOf(admin.user) },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.setUserRoles).toEqual({ id: bob.user.id, roles: ['PLAYER'], email: 'bob@example.com' });

      const [event] = await kit.subgraph.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.type, 'ROLES_CHANGED'));
      expect(event).toMatchObject({
        userId: bob.user.id,
        detail: { from: ['PLAYER', 'GAME_MASTER'], to: ['PLAYER'], changedBy: admin.user.id },
      });

      const refreshed = await kit.gql(
        'mutation($t: String!) { refreshSession(refreshToken: $t) { user { roles } accessToken } }',
        {
          t: bob.refreshToken,
        },
      );
      expect(refreshed.body.data?.refreshSession.user.roles).toEqual(['PLAYER']);
      const claims = JSON.parse(
        Buffer.from(refreshed.body.data?.refreshSession.accessToken.split('.')[1], 'base64url').toString(),
      );
      expect(claims.roles).toEqual(['PLAYER']);
    });

    it('answers NOT_FOUND, BAD_USER_INPUT for malformed input, and refuses an admin demoting themself', async () => {
      const asAdmin = { identity: kit.identityOf(admin.user) };
      const unknown = await kit.gql(
        SET_ROLES,
        { id: '00000000-0000-4000-8000-000000000000', roles: ['PLAYER'] },
        asAdmin,
      );
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const malformed = await kit.gql(SET_ROLES, { id: 'bob', roles: ['PLAYER'] }, asAdmin);
      expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
      const empty = await kit.gql(SET_ROLES, { id: bob.user.id, roles: [] }, asAdmin);
      expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
      const selfDemotion = await kit.gql(SET_ROLES, { id: admin.user.id, roles: ['PLAYER'] }, asAdmin);
      expect(selfDemotion.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
    });
  });
});
