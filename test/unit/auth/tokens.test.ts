import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, developmentTokenSettings, signToken, TokenSettings } from '../../../src/auth/tokens';
import { StaffRole } from '../../../src/domain/model';

const viewer = { staffId: 'S0001', role: StaffRole.BRANCH_HEAD, branchId: 'B01' };
const secret = new TextEncoder().encode(developmentTokenSettings.secret);
const claims = { role: 'RELATIONSHIP_MANAGER' };

function sign(alg: string, key: Parameters<SignJWT['sign']>[0], changes: (jwt: SignJWT) => SignJWT = (jwt) => jwt) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg })
    .setSubject('S0002')
    .setIssuer(developmentTokenSettings.issuer)
    .setAudience(developmentTokenSettings.audience)
    .setIssuedAt()
    .setExpirationTime('1h');
  return changes(jwt).sign(key);
}

async function refusal(verify: (token: string) => Promise<unknown>, token: string): Promise<{ code: unknown; message: string }> {
  try {
    await verify(token);
  } catch (error) {
    const e = error as { extensions: { code: unknown }; message: string };
    return { code: e.extensions.code, message: e.message };
  }
  throw new Error('the token was accepted');
}

describe('bearer tokens', () => {
  it('round-trips the viewer through signToken and the HS256 verifier', async () => {
    const verify = await createTokenVerifier(developmentTokenSettings);
    expect(await verify(await signToken(viewer))).toEqual(viewer);
  });

  it('refuses a token once it has expired, though it was accepted (and remembered) before', async () => {
    const verify = await createTokenVerifier(developmentTokenSettings);
    const token = await signToken(viewer, developmentTokenSettings, '1s');
    expect(await verify(token)).toEqual(viewer);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await refusal(verify, token)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token has expired.' });
  });

  it('refuses forged, expired, wrong-algorithm, unsigned and ill-claimed tokens, each as UNAUTHENTICATED saying why', async () => {
    const verify = await createTokenVerifier(developmentTokenSettings);
    const { privateKey } = await generateKeyPair('RS256');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'S0002', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
    const cases: [string, string, RegExp][] = [
      ['forged', await sign('HS256', new TextEncoder().encode('another secret of at least thirty-two characters')), /signature is invalid/],
      ['expired', await sign('HS256', secret, (jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60)), /expired/],
      ['HS512', await sign('HS512', secret), /algorithm/],
      ['RS256 to an HS256 server', await sign('RS256', privateKey), /algorithm/],
      ['alg none', `${header}.${body}.`, /malformed|algorithm/],
      ['wrong audience', await sign('HS256', secret, (jwt) => jwt.setAudience('someone-else')), /"aud" claim/],
      ['unknown role', await signToken({ ...viewer, role: 'KING' as StaffRole }), /claims are invalid \(role\)/],
      ['garbage', 'not.a.token', /malformed/],
    ];
    for (const [name, token, message] of cases) {
      const { code, message: said } = await refusal(verify, token);
      expect({ name, code }).toEqual({ name, code: 'UNAUTHENTICATED' });
      expect(said).toMatch(message);
    }
  });

  it('refuses a token meant to live longer than the maximum lifetime, by exp − iat or, without iat, by exp', async () => {
    const verify = await createTokenVerifier({ ...developmentTokenSettings, maxLifetimeS: 3600 });
    const now = Math.floor(Date.now() / 1000);
    const tooLong = /^The token is valid for longer than the 1 h this server accepts/;
    expect((await refusal(verify, await sign('HS256', secret, (jwt) => jwt.setExpirationTime('2h')))).message).toMatch(tooLong);
    const withoutIat = await new SignJWT({ ...claims, sub: 'S0002', iss: developmentTokenSettings.issuer, aud: developmentTokenSettings.audience, exp: now + 7200 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(secret);
    expect((await refusal(verify, withoutIat)).message).toMatch(tooLong);
    expect(await verify(await sign('HS256', secret, (jwt) => jwt.setExpirationTime('59m')))).toMatchObject({ staffId: 'S0002' });
  });

  it('verifies RS256 with a public key and refuses the HS256 token signed with that public key as the secret', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const publicKeyPem = await exportSPKI(publicKey);
    const settings: TokenSettings = { ...developmentTokenSettings, algorithm: 'RS256', publicKeyPem };
    const verify = await createTokenVerifier(settings);
    expect(await verify(await sign('RS256', privateKey))).toEqual({ staffId: 'S0002', role: StaffRole.RELATIONSHIP_MANAGER, branchId: null });
    const confused = await sign('HS256', new TextEncoder().encode(publicKeyPem));
    expect((await refusal(verify, confused)).code).toBe('UNAUTHENTICATED');
  });
});
