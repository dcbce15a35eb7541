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
  await app.listen(config.port, config.host);
  new Logger(name).log(`listening on http://${config.host}:${config.port}`);
  return app;
}
