import type { Server } from 'node:http';
import { DynamicModule, INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig, SUBGRAPH_BODY_BYTES } from '@qcdc/shared/config';

/**
 * The headers every process answers with. Their answers are JSON for programs, never a page: the content
 * policy allows nothing to load or frame it, and helmet adds nosniff, no-referrer, HSTS and the rest.
 */
export const apiSecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/**
 * A body over the limit (body-parser's 413) as a GraphQL error the web app reads like any other, rather than
 * express's HTML page; any other error of the body parser (malformed JSON) keeps express's handling.
 */
const refuseLargeBodies =
  (maxBodyBytes: number) =>
  (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction): void => {
    if (err?.type !== 'entity.too.large') return next(err);
    const kb = Math.round(maxBodyBytes / 1024);
    res.status(413).json({
      errors: [
        {
          message: `Dữ liệu gửi lên quá lớn (tối đa ${kb} KB). Hãy gửi ít dữ liệu hơn trong một lần.`,
          extensions: {
            code: 'REQUEST_TOO_LARGE',
            messageEn: `The request body is too large (at most ${kb} KB). Send less in one request.`,
            field: 'body',
          },
        },
      ],
    });
  };

/**
 * Starts a NestJS HTTP process on its configured port and closes it cleanly on SIGTERM/SIGINT. `maxBodyBytes`:
 * the largest JSON body accepted (the gateway's is QUERY_LIMITS.bodyBytes; the subgraphs take what it sends).
 */
export async function bootstrapHttpApp(
  name: string,
  module: Type | DynamicModule,
  config: AppConfig,
  {
    maxBodyBytes = SUBGRAPH_BODY_BYTES,
    routes,
  }: {
    maxBodyBytes?: number;
    /** Plain express routes mounted before Nest's own (the gateway's queue board). */
    routes?: (app: NestExpressApplication) => void;
  } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: ['error', 'warn', 'log', 'debug'].slice(0, ['error', 'warn', 'log', 'debug'].indexOf(config.logLevel) + 1) as (
      | 'error'
      | 'warn'
      | 'log'
      | 'debug'
    )[],
    bodyParser: true,
    // The raw body is what the gateway signed (subgraphs check it before GraphQL parses anything).
    rawBody: true,
  });
  // No "X-Powered-By: Express": what runs here is nobody's business.
  app.disable('x-powered-by');
  app.use(apiSecurityHeaders);
  // Registered before Nest's own parsers, which then are not added again (Nest checks by name).
  app.useBodyParser('json', { limit: maxBodyBytes });
  app.useBodyParser('urlencoded', { limit: maxBodyBytes, extended: true });
  app.use(refuseLargeBodies(maxBodyBytes));
  routes?.(app);
  app.enableShutdownHooks();
  // Idle connections from the gateway are kept for a minute (Node's default is 5 s), announced in the
  // Keep-Alive header; the gateway's client lets one go a second before that, so it never sends a request on
  // a connection this server is closing (ECONNRESET, SERVICE_UNAVAILABLE).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.port, config.host);
  new Logger(name).log(`listening on http://${config.host}:${config.port}`);
  return app;
}
