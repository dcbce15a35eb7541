import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the gateway's signature of a subgraph request. */
export const GATEWAY_SIGNATURE_HEADER = 'x-qcdc-gateway-signature';
/** A signature older (or newer) than this is refused: a captured request cannot be replayed later. */
export const GATEWAY_SIGNATURE_MAX_AGE_SECONDS = 300;

const mac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * Signs the exact body the gateway sends to a subgraph: `t=<unix seconds>,v1=<HMAC-SHA256(secret, t.body)>`.
 * Only the gateway holds the secret besides the subgraphs, so a request that reaches a subgraph's port by
 * any other way carries no valid signature.
 */
export function signGatewayRequest(secret: string, body: string, nowSeconds: number): string {
  return `t=${nowSeconds},v1=${mac(secret, nowSeconds, body)}`;
}

/** Whether `header` is the gateway's signature of `body`, made within the allowed age. */
export function verifyGatewaySignature(
  secret: string,
  body: string,
  header: string | undefined,
  nowSeconds: number,
): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(nowSeconds - timestamp) > GATEWAY_SIGNATURE_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(mac(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}

/** The header that names an uploaded file (URI-encoded), which the gateway forwards with the file. */
export const FILE_NAME_HEADER = 'x-file-name';

/**
 * What the gateway signs of a file it forwards (an import's upload): the method, the path, the file's name
 * and the SHA-256 of its bytes, so neither the file nor its name can be swapped in a signed request.
 */
export function fileRequestSigned(method: string, path: string, fileName: string, bytes: Buffer): string {
  return `${method.toUpperCase()} ${path}\n${encodeURIComponent(fileName)}\n${createHash('sha256').update(bytes).digest('hex')}`;
}
