import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response, Router } from 'express';
import { AccessTokenClaims, JWT_ALGORITHM, callerFromClaims } from '@qcdc/shared/auth';
import { AppConfig, redisConnection } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';
import { WORKER_QUEUES } from '@qcdc/shared/events';
import { refuse } from './import-upload';

/** The cookie that carries a platform admin's access token to the queue board (which the browser opens as a page). */
export const OPERATIONS_COOKIE = 'qcdc_ops';
/** Where the board lives on the gateway, and its sign-in. */
export const QUEUE_BOARD_PATH = '/ops/queues';
export const OPERATIONS_SESSION_PATH = '/ops/session';

const logger = new Logger('QueueBoard');

/** The board's own page needs its scripts and styles; the rest of the gateway allows none. */
const BOARD_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** The platform admin behind a token, or why not: verified with the tenancy service's public key. */
export function platformAdminOf(token: string | undefined, config: AppConfig, jwt = verifier(config)): { caller: Caller } | { status: 401 | 403; why: string } {
  if (!token) return { status: 401, why: 'no token' };
  let caller: Caller | null;
  try {
    caller = callerFromClaims(jwt.verify<AccessTokenClaims>(token));
  } catch (error) {
    return { status: 401, why: (error as Error).message };
  }
  if (!caller) return { status: 401, why: 'not an access token' };
  return caller.memberships.some((m) => m.role === 'PLATFORM_ADMIN') ? { caller } : { status: 403, why: 'not a platform admin' };
}

function verifier(config: AppConfig): JwtService {
  return new JwtService({ publicKey: config.jwt.publicKeyPem, verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: config.jwt.issuer } });
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim()) || undefined;
  }
  return undefined;
}

/** The page a person sees when the board refuses them: what happened and what to do. */
function refusalPage(res: Response, status: 401 | 403, webUrl: string): void {
  const [vi, en] =
    status === 401
      ? ['Phiên xem hàng đợi chưa mở hoặc đã hết hạn.', 'The queue board session is not open or has expired.']
      : ['Chỉ quản trị viên nền tảng được xem hàng đợi xử lý.', 'Only a platform admin may see the queues.'];
  res
    .status(status)
    .setHeader('content-security-policy', BOARD_CSP)
    .type('html')
    .send(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hàng đợi xử lý</title></head>` +
        `<body style="font-family:Arial,sans-serif;font-size:18px;max-width:40em;margin:3em auto;line-height:1.5">` +
        `<h1 style="font-size:24px">${vi}</h1><p>Hãy đăng nhập bằng tài khoản quản trị nền tảng, rồi mở “Hàng đợi xử lý” từ trang quản trị.</p>` +
        `<p lang="en" style="color:#555">${en} Sign in as the platform admin, then open “Job queues” from the admin pages.</p>` +
        `<p><a href="${webUrl}">Về trang đăng nhập / Go to sign-in</a></p></body></html>`,
    );
}

/**
 * Bull Board behind the platform admin's sign-in. The web app, holding the admin's access token, posts it to
 * /ops/session; the gateway checks it and keeps it in an httpOnly cookie limited to /ops, which lives no longer
 * than the token. Every request of the board checks that cookie again. The board reads and retries jobs in
 * Redis; it sees job data (event envelopes), so no province's people may open it.
 */
export function queueBoard(config: AppConfig): { session: (req: Request, res: Response) => void; board: (req: Request, res: Response, next: NextFunction) => void; close: () => Promise<void> } {
  const jwt = verifier(config);
  const webBase = new URL(config.webPublicUrl).pathname.replace(/\/$/, '');
  const connection = { ...redisConnection(config.redisUrl), enableOfflineQueue: false };
  const queues = WORKER_QUEUES.map((name) => new Queue(name, { connection, prefix: config.queuePrefix }));
  const adapter = new ExpressAdapter();
  // The path the browser sees: the web app's base path, under which its proxy passes /ops to the gateway.
  adapter.setBasePath(`${webBase}${QUEUE_BOARD_PATH}`);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'qcdc – hàng đợi', hideRedisDetails: false } },
  });
  const router = adapter.getRouter() as Router;

  return {
    session(req, res) {
      if (req.method !== 'POST') return void refuse(res, 405, 'BAD_USER_INPUT', 'Hãy mở phiên bằng POST.', 'Open the session with POST.');
      const token = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];
      const who = platformAdminOf(token, config, jwt);
      if ('status' in who) {
        return void (who.status === 401
          ? refuse(res, 401, 'UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.', 'The sign-in has expired; sign in again.')
          : refuse(res, 403, 'FORBIDDEN', 'Chỉ quản trị viên nền tảng được xem hàng đợi xử lý.', 'Only a platform admin may see the queues.'));
      }
      const exp = (jwt.decode(token as string) as { exp?: number }).exp ?? 0;
      res.cookie(OPERATIONS_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: new URL(config.webPublicUrl).protocol === 'https:',
        path: `${webBase}/ops`,
        maxAge: Math.max(0, exp * 1000 - Date.now()),
      });
      res.status(204).end();
    },
    board(req, res, next) {
      const who = platformAdminOf(cookieOf(req.headers.cookie, OPERATIONS_COOKIE), config, jwt);
      if ('status' in who) {
        // For the operator who wonders why the board sent someone away (an expired session, another role).
        logger.warn(`queue board refused ${req.method} ${req.originalUrl} (${who.status}): ${who.why}`);
        return refusalPage(res, who.status, config.webPublicUrl);
      }
      res.setHeader('content-security-policy', BOARD_CSP);
      // The board's page links Google's fonts, which provincial networks may not reach and the policy above
      // refuses: the link goes, and the board uses the office PC's own fonts.
      const send = res.send.bind(res);
      res.send = (body?: unknown) => send(typeof body === 'string' ? body.replace(/<link[^>]*fonts\.googleapis\.com[^>]*>/g, '') : body);
      router(req, res, next);
    },
    close: async () => {
      await Promise.all(queues.map((q) => q.close()));
    },
  };
}
