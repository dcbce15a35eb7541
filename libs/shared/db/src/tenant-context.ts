import { ClsService } from 'nestjs-cls';
import { AppError, Caller } from '@qcdc/shared/contracts';

const CALLER_KEY = 'qcdc.caller';

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
}

export class MissingTenantError extends AppError {
  constructor() {
    super('INTERNAL_SERVER_ERROR', {
      vi: 'Lỗi hệ thống: thao tác dữ liệu không gắn với tỉnh nào. Vui lòng báo quản trị viên.',
      en: 'System error: a data operation ran without a tenant. Please tell the administrator.',
    });
  }
}
