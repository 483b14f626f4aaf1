import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import { InvalidIdentityError, signIdentity, verifyIdentity } from './identity.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('forwarded identity', () => {
  it('verifies what the router signed', async () => {
    const token = await signIdentity(secret, { userId: 'u1', roles: ['PLAYER'] });
    await expect(verifyIdentity(secret, token)).resolves.toEqual({ userId: 'u1', roles: ['PLAYER'] });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signIdentity('another-secret-that-is-long-enough-987654321', {
      userId: 'u1',
      roles: ['ADMIN'],
    });
    await expect(verifyIdentity(secret, token)).rejects.toBeInstanceOf(InvalidIdentityError);
  });

  it('rejects an unsigned token and one for another audience', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['ADMIN'] })).toString('base64url');
    await expect(verifyIdentity(secret, `${header}.${payload}.`)).rejects.toBeInstanceOf(InvalidIdentityError);
    const foreign = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('grimoire-router')
      .setAudience('someone-else')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyIdentity(secret, foreign)).rejects.toBeInstanceOf(InvalidIdentityError);
  });

  it('rejects an expired token', async () => {
    const expired = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('grimoire-router')
      .setAudience('grimoire-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyIdentity(secret, expired)).rejects.toThrow(/exp/);
  });
});
