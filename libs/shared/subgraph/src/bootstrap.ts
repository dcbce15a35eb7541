import type { Server } from 'node:http';
import { DynamicModule, INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@qcdc/shared/config';

/** Starts a NestJS HTTP process on its configured port and closes it cleanly on SIGTERM/SIGINT. */
export async function bootstrapHttpApp(name: string, module: Type | DynamicModule, config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(module, {
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
  app.enableShutdownHooks();
  // The gateway keeps its connections to the subgraphs open without an idle limit. Node closes an idle one after
  // 5 s by default, and a request the gateway sends at that very moment fails (ECONNRESET, SERVICE_UNAVAILABLE).
  // Idle connections are kept for a minute instead, which makes that race rare rather than routine.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.port, config.host);
  new Logger(name).log(`listening on http://${config.host}:${config.port}`);
  return app;
}
