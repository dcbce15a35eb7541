import { randomUUID } from 'node:crypto';
import { GatewayClient, Operation, gatewaySchema, operationsOf, sampleCall } from '@qcdc/shared/testing';

/** The only operations a caller may use without a token. Adding one here is a security decision. */
const PUBLIC_OPERATIONS = [
  'provinceDirectory',
  'login',
  'refreshSession',
  'logout',
  // The links of the mails: the link's single-use, expiring token is the credential.
  'invitation',
  'acceptInvitation',
  'resetPassword',
  // Asking for a reset link answers the same whether the account exists.
  'requestPasswordReset',
];

/**
 * Every query and mutation of the supergraph, read from the running gateway so the list cannot go stale,
 * called without a token: each must answer UNAUTHENTICATED unless it is one of the public few. A new
 * operation added without the guard fails here.
 */
describe('every operation of the supergraph', () => {
  const client = new GatewayClient();
  let operations: Operation[];

  beforeAll(async () => {
    operations = operationsOf(gatewaySchema());
  });

  it('is listed (the enumeration itself works)', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['login', 'me', 'recordActivity', 'saveSelfAssessment', 'submitReport', 'provinceRollup']),
    );
  });

  it('refuses a caller without a token, except the public ones', async () => {
    const answers: Record<string, unknown> = {};
    for (const op of operations.filter((o) => !PUBLIC_OPERATIONS.includes(o.name))) {
      const { query, variables } = sampleCall(op, randomUUID());
      const result = await client.request(query, variables, null);
      answers[op.name] = result.errors?.[0]?.extensions?.code ?? result.data;
    }
    const expected = Object.fromEntries(Object.keys(answers).map((name) => [name, 'UNAUTHENTICATED']));
    expect(answers).toEqual(expected);
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(15);
  });
});
