import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ADMIN_EMAIL,
  type AccountsTestKit,
  type AuthPayloadResult,
  startAccountsTestKit,
} from '../../testing/accounts-test-kit.js';

const AUDIT = `query($first: Int, $after: String, $userId: ID) {
  auditEvents(first: $first, after: $after, userId: $userId) {
    edges { cursor node { id type userId email requestId createdAt detail } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface AuditPage {
  auditEvents: {
    edges: {
      cursor: string;
      node: {
        id: string;
        type: string;
        userId: string | null;
        email: string | null;
        requestId: string | null;
        createdAt: string;
        detail: Record<string, unknown>;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('audit log', () => {
  let kit: AccountsTestKit;
  let admin: AuthPayloadResult;
  let player: AuthPayloadResult;

  beforeAll(async () => {
    kit = await startAccountsTestKit('accounts_audit');
    admin = await kit.signUp(ADMIN_EMAIL);
    player = await kit.signUp('player@example.com');
  });

  afterAll(async () => {
    await kit?.stop();
  });

  const asAdmin = () => ({ identity: kit.identityOf(admin.user) });

  it('is UNAUTHENTICATED anonymously and FORBIDDEN for non-admins', async () => {
    expect((await kit.gql(AUDIT)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asPlayer = await kit.gql(AUDIT, {}, { identity: kit.identityOf(player.user) });
    expect(asPlayer.body.data).toBeNull();
    expect(asPlayer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records every kind of security event with the request id, newest first', async () => {
    const logIn = (password: string, requestId: string) =>
      kit.gql<{ logIn: AuthPayloadResult }>(
        'mutation($input: LogInInput!) { logIn(input: $input) { refreshToken } }',
        { input: { email: 'player@example.com', password } },
        { headers: { 'x-request-id': requestId } },
      );
    await kit.gql('mutation($input: LogInInput!) { logIn(input: $input) { refreshToken } }', {
      input: { email: 'ghost@example.com', password: 'whatever it is' },
    });
    for (let attempt = 0; attempt < 5; attempt += 1) await logIn('wrong password!', `req-fail-${attempt}`);
    kit.clock.advance(16 * 60_000);
    const session = (await logIn('correct horse battery staple', 'req-login')).body.data!.logIn;
    const refresh = (token: string) =>
      kit.gql<{ refreshSession: { refreshToken: string } }>(
        'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }',
        { t: token },
      );
    const next = (await refresh(session.refreshToken)).body.data!.refreshSession;
    await refresh(session.refreshToken); // reuse
    const other = (await logIn('correct horse battery staple', 'req-login-2')).body.data!.logIn;
    await kit.gql('mutation($t: String!) { logOut(refreshToken: $t) }', { t: other.refreshToken });
    await kit.gql(
      'mutation($id: ID!) { setUserRoles(userId: $id, roles: [PLAYER]) { id } }',
      { id: player.user.id },
      asAdmin(),
    );
    await kit.gql('mutation { rotateSigningKey }', {}, asAdmin());
    expect(next.refreshToken).toBeTruthy();

    const { body } = await kit.gql<AuditPage>(AUDIT, { first: 100 }, asAdmin());
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.auditEvents.edges.map((edge) => edge.node);
    expect(new Set(nodes.map((node) => node.type))).toEqual(
      new Set([
        'SIGN_UP',
        'LOGIN_FAILED',
        'ACCOUNT_LOCKED',
        'LOGIN_SUCCEEDED',
        'SESSION_REFRESHED',
        'REFRESH_TOKEN_REUSED',
        'LOGGED_OUT',
        'ROLES_CHANGED',
        'SIGNING_KEY_ROTATED',
      ]),
    );
    expect(nodes[0]).toMatchObject({ type: 'SIGNING_KEY_ROTATED', userId: admin.user.id });
    expect(nodes.at(-1)).toMatchObject({ type: 'SIGN_UP', userId: admin.user.id, email: ADMIN_EMAIL });
    expect(nodes.find((node) => node.detail.reason === 'UNKNOWN_EMAIL')).toMatchObject({
      userId: null,
      email: 'ghost@example.com',
    });
    expect(nodes.find((node) => node.type === 'ACCOUNT_LOCKED')).toMatchObject({
      userId: player.user.id,
      requestId: 'req-fail-4',
    });
    expect(nodes.find((node) => node.type === 'LOGIN_SUCCEEDED')?.requestId).toBe('req-login-2');
  });

  it('pages with cursors without gaps or repeats, and filters by user', async () => {
    const all = (await kit.gql<AuditPage>(AUDIT, { first: 100 }, asAdmin())).body.data!.auditEvents.edges.map(
      (edge) => edge.node.id,
    );
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AuditPage['auditEvents'] = (await kit.gql<AuditPage>(AUDIT, { first: 3, after }, asAdmin())).body
        .data!.auditEvents;
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);

    const mine = (await kit.gql<AuditPage>(AUDIT, { first: 100, userId: admin.user.id }, asAdmin())).body.data!
      .auditEvents;
    expect(mine.edges.length).toBeGreaterThan(0);
    expect(mine.edges.every((edge) => edge.node.userId === admin.user.id)).toBe(true);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ userId: 'not-a-uuid' }, 'userId'],
  ])('rejects bad arguments %j with BAD_USER_INPUT', async (variables, field) => {
    const { body } = await kit.gql(AUDIT, variables, asAdmin());
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
