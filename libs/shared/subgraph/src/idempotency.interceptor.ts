import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Observable, defer, lastValueFrom } from 'rxjs';
import { isPublicOperation } from '@qcdc/shared/auth';
import { APP_CONFIG, AppConfig } from '@qcdc/shared/config';
import { AppError, IDEMPOTENCY_KEY_HEADER, badInput, isUuid } from '@qcdc/shared/contracts';
import {
  IdempotencyClaim,
  IdempotencySchema,
  TenantContext,
  TenantDb,
  claimIdempotencyKey,
  fromStoredResponse,
  storeIdempotentResponses,
  toStoredResponse,
} from '@qcdc/shared/db';
import { requestHash } from './request-fingerprint';

/** The schema whose `idempotency_keys` this subgraph writes: its own. */
export const IDEMPOTENCY_SCHEMA = Symbol('qcdc.idempotencySchema');

const HEADER = IDEMPOTENCY_KEY_HEADER.toLowerCase();

export const malformedIdempotencyKey = () =>
  badInput(
    'Mã chống gửi trùng (Idempotency-Key) không hợp lệ: phải là một UUID. Vui lòng tải lại trang rồi gửi lại; ' +
      'nếu gọi API, hãy tạo một UUID mới cho mỗi thao tác hoặc bỏ tiêu đề này.',
    'The Idempotency-Key header is not valid: it must be a UUID. Reload the page and send again; ' +
      'an API client makes a new UUID for each change or leaves the header out.',
    { field: IDEMPOTENCY_KEY_HEADER },
  );

export const idempotencyKeyReused = () =>
  new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    {
      vi: 'Mã chống gửi trùng này đã được dùng cho một thao tác khác. Vui lòng thử lại: ứng dụng sẽ tạo mã mới.',
      en: 'This idempotency key was already used for a different change. Please try again: the app will make a new key.',
    },
    { field: IDEMPOTENCY_KEY_HEADER },
  );

/**
 * Idempotency keys for every mutation of a subgraph. A mutation sent with `Idempotency-Key: <uuid>` by a caller
 * runs in one tenant transaction that first claims the key (`<schema>.idempotency_keys`, INSERT … ON CONFLICT)
 * and, after the resolver, stores its answer there; the services' own transactions join it, so the key commits
 * exactly with the change. Sent again with the same mutation fields and arguments, the request answers what was
 * stored and changes nothing; a concurrent copy waits for the first and does the same; with anything else it is
 * refused (IDEMPOTENCY_KEY_REUSED). A mutation that fails keeps no key. Each root field of a request has its own
 * answer under the key, by response key. Without the header, and for public mutations (sign-in, refresh,
 * sign-out: no caller to bind a key to), nothing changes.
 *
 * The first answer is given from its stored form too, so a repeat cannot differ from it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDb,
    private readonly tenantContext: TenantContext,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(IDEMPOTENCY_SCHEMA) private readonly schema: IdempotencySchema,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Root mutation fields only: queries change nothing, and field resolvers are part of their root's answer.
    if (info.operation.operation !== 'mutation' || info.path.prev !== undefined) return next.handle();
    if (isPublicOperation(this.reflector, context)) return next.handle();
    const header = (gql.getContext<{ req?: { headers?: Record<string, unknown> } }>().req?.headers ?? {})[HEADER];
    if (header === undefined) return next.handle();
    if (typeof header !== 'string' || !isUuid(header)) throw malformedIdempotencyKey();
    const secret = this.config.gatewaySecret;
    if (!secret) throw new Error('idempotency keys need the gateway secret (GATEWAY_SECRET or GATEWAY_SECRET_PATH)');
    const claim: IdempotencyClaim = {
      userId: this.tenantContext.caller().userId,
      key: header.toLowerCase(),
      requestHash: requestHash(secret, info),
    };
    const responseKey = String(info.path.key);
    return defer(() =>
      this.db.transaction(async (em) => {
        const claimed = await claimIdempotencyKey(em, this.schema, claim);
        if (claimed.reused) throw idempotencyKeyReused();
        if (responseKey in claimed.responses) return fromStoredResponse(claimed.responses[responseKey]);
        // next.handle() is called here, inside the transaction's context: the resolver's work joins it.
        const stored = toStoredResponse(await lastValueFrom(next.handle(), { defaultValue: null }));
        await storeIdempotentResponses(em, this.schema, claim, { ...claimed.responses, [responseKey]: stored });
        return fromStoredResponse(stored);
      }),
    );
  }
}
