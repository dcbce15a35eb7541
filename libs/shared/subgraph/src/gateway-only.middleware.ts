import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GATEWAY_SIGNATURE_HEADER, verifyGatewaySignature } from '@qcdc/shared/auth';
import { AppConfig, APP_CONFIG } from '@qcdc/shared/config';

/**
 * A subgraph answers the gateway only. Every request to /graphql (operations, `_service` and `_entities`
 * alike) must carry the gateway's HMAC of its exact body; anything else is refused before GraphQL sees it,
 * with the same shape of answer a GraphQL client understands. /health stays open for the process manager.
 */
@Injectable()
export class GatewayOnlyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('GatewayOnly');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request & { rawBody?: Buffer }, res: Response, next: NextFunction): void {
    const secret = this.config.gatewaySecret;
    const body = req.rawBody?.toString('utf8') ?? '';
    const header = req.header(GATEWAY_SIGNATURE_HEADER);
    if (secret && verifyGatewaySignature(secret, body, header, Math.floor(Date.now() / 1000))) return next();
    this.logger.warn(`refused a request to ${req.originalUrl} that did not come through the gateway (${req.ip})`);
    res.status(403).json({
      errors: [
        {
          message: 'Dịch vụ này chỉ nhận yêu cầu qua cổng GraphQL của hệ thống. Vui lòng dùng địa chỉ /graphql của cổng.',
          extensions: {
            code: 'FORBIDDEN',
            messageEn: 'This service answers the system’s GraphQL gateway only. Send requests to the gateway’s /graphql.',
          },
        },
      ],
    });
  }
}
