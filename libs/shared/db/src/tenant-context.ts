import { randomUUID } from 'node:crypto';
import { CLS_REQ, ClsService, ClsServiceManager } from 'nestjs-cls';
import { AppError, Caller, isRequestId } from '@qcdc/shared/contracts';

const CALLER_KEY = 'qcdc.caller';
const REQUEST_ID_KEY = 'qcdc.requestId';
/** The header the gateway forwards the request id in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The tenant and caller of the current request or job, kept in AsyncLocalStorage (nestjs-cls). It is set
 * once at the edge (the auth guard from the verified token, the worker from the job payload) and read by
 * the database layer; reading it where none was set throws, so tenant data is never touched by accident.
 */
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  setCaller(caller: Caller): void {
    this.cls.set(CALLER_KEY, caller);
  }

  /** The caller, or null on a public operation. */
  callerOrNull(): Caller | null {
    return this.cls.isActive() ? (this.cls.get<Caller>(CALLER_KEY) ?? null) : null;
  }

  caller(): Caller {
    const caller = this.callerOrNull();
    if (!caller) throw new MissingTenantError();
    return caller;
  }

  tenantId(): string {
    return this.caller().tenantId;
  }

  /**
   * The id of the current request, for the audit log and the logs: the `x-request-id` header the gateway
   * forwards (when it is a plain token of at most 128 characters), else a UUID made here once per request.
   * Null outside a request (the worker, a test calling a service directly).
   */
  requestId(): string | null {
    if (!this.cls.isActive()) return null;
    let id = this.cls.get<string | undefined>(REQUEST_ID_KEY);
    if (!id) {
      const header = this.cls.get<{ headers?: Record<string, unknown> } | undefined>(CLS_REQ)?.headers?.[REQUEST_ID_HEADER];
      id = typeof header === 'string' && isRequestId(header) ? header : randomUUID();
      this.cls.set(REQUEST_ID_KEY, id);
    }
    return id;
  }

  /** The context of the current async flow, for code that has no injector at hand (the audit trail). */
  static current(): TenantContext {
    return new TenantContext(ClsServiceManager.getClsService());
  }
}

export class MissingTenantError extends AppError {
  constructor() {
    super('INTERNAL_SERVER_ERROR', {
      vi: 'Lỗi hệ thống: thao tác dữ liệu không gắn với tỉnh nào. Vui lòng báo quản trị viên.',
      en: 'System error: a data operation ran without a tenant. Please tell the administrator.',
    });
  }
}
