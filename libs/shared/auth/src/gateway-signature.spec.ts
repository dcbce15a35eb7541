import { signGatewayRequest, verifyGatewaySignature } from './gateway-signature';

describe('gateway signature', () => {
  const secret = 'a-secret-only-the-gateway-and-subgraphs-know';
  const body = JSON.stringify({ query: '{ me { username } }', variables: {} });
  const now = 1_782_000_000;
  const signed = signGatewayRequest(secret, body, now);

  it.each([
    ['the signed body, at once', secret, body, signed, now, true],
    ['the signed body, 5 minutes later', secret, body, signed, now + 300, true],
    ['the signed body, replayed 5 minutes and 1 second later', secret, body, signed, now + 301, false],
    ['a clock 5 minutes behind the gateway’s', secret, body, signed, now - 300, true],
    ['another body under the same signature', secret, body.replace('username', 'userId'), signed, now, false],
    ['a signature made with another secret', 'guess', body, signed, now, false],
    ['no signature', secret, body, undefined, now, false],
    ['a malformed signature', secret, body, 't=1,v1=zz', now, false],
    ['a truncated signature', secret, body, signed.slice(0, -2), now, false],
  ])('%s -> %p', (_case, key, sentBody, header, at, expected) =>
    expect(verifyGatewaySignature(key as string, sentBody as string, header as string | undefined, at as number)).toBe(expected),
  );
});
