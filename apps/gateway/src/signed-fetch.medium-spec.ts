import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyGatewaySignature, GATEWAY_SIGNATURE_HEADER } from '@qcdc/shared/auth';
import { signedFetch } from './signed-fetch';

/**
 * The gateway's client of the subgraphs, against a real HTTP server that announces it keeps idle connections
 * for 3 s (`Keep-Alive: timeout=3`, as a subgraph announces its minute) and in fact keeps them for a minute,
 * so that whether a connection is used again depends on the client alone.
 */
describe('signedFetch', () => {
  const secret = 'a-secret-of-the-gateway';
  let server: Server;
  let url: string;
  let connections = 0;
  const signed: boolean[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        signed.push(verifyGatewaySignature(secret, body, req.headers[GATEWAY_SIGNATURE_HEADER] as string, Math.floor(Date.now() / 1000)));
        res.setHeader('content-type', 'application/json');
        res.setHeader('keep-alive', 'timeout=3');
        res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    server.keepAliveTimeout = 60_000;
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  it('gives up on a subgraph that does not answer', async () => {
    const silent = createServer(() => undefined); // takes the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const target = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
      await expect(signedFetch(secret, 300)(target, { method: 'POST', body: '{}' })).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('signs the exact body it sends', async () => {
    const body = JSON.stringify({ query: '{ me { username } }', variables: { tên: 'Vĩnh Long' } });
    const answer = await signedFetch(secret)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await answer.json()).toEqual({ data: { echo: body } });
    expect(signed.at(-1)).toBe(true);
  });

  it('lets an idle connection go before the server closes it, so no request races the server closing it', async () => {
    const send = signedFetch(secret);
    const post = async () => (await send(url, { method: 'POST', body: '{}' })).text();
    await post();
    const before = connections;
    // Back to back, the connection is kept and used again.
    await post();
    expect(connections).toBe(before);
    // Idle for 2.5 s: past the client's limit (the announced 3 s less undici's margin of 1–2 s), short of the
    // announced 3 s. A client that kept it would, against a real subgraph, send on a connection the server
    // closes within half a second, and under load at the very moment it closes. This one opens a new one.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await post();
    expect(connections).toBe(before + 1);
  });
});
