import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsServiceManager } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, Clock, isUuid, systemClock, TenantStatus, unauthenticated } from '@qcdc/shared/contracts';
import { execute, firstOf, qb, sql } from './query';
import { MissingTenantError, TenantContext } from './tenant-context';

export interface TransactionOptions {
  /** A transaction that writes: refused for a suspended or archived province. */
  write?: boolean;
}

/** The transaction host of this process: the one EntityManager of the active transaction, kept in CLS. */
export type TenantTransactionHost = TransactionHost<TransactionalAdapterTypeOrm>;

/** What the active transaction was opened for; kept in the transaction's own CLS scope. */
interface OpenTenant {
  tenantId: string;
  status: TenantStatus;
}


/**
 * The only way services reach tenant-owned tables. Each unit of work is one transaction in which the
 * tenant is a transaction-local setting (`set_config(..., true)` right after BEGIN, parametrised), which the
 * row-level security policies read through `qcdc.current_tenant()`. The connection's role cannot bypass RLS,
 * so a query that forgets its tenant sees nothing and writes nothing, and `qcdc.current_tenant()` raises.
 *
 * Transactions join: a call made while a transaction is open (a service calling another service's method,
 * a repository reading the tenant registry) runs in that transaction, on its one connection. No code path
 * can therefore hold a pooled connection while it waits for a second one, which is how a pool of ten used
 * to deadlock under ten concurrent sign-ins.
 */
export class TenantDb {
  /** The CLS key of this instance's open transaction (each connection, each key). */
  private readonly openTenantKey = Symbol('qcdc.openTenant');

  constructor(
    readonly dataSource: DataSource,
    private readonly context: TenantContext,
    private readonly txHost: TenantTransactionHost,
    /** "Now" for the transaction: set as `qcdc.now`, which the column defaults read through `qcdc.now()`. */
    private readonly clock: Clock = systemClock,
  ) {}

  /** Runs `work` for the tenant of the current request. */
  async transaction<T>(work: (em: EntityManager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.forTenant(this.context.tenantId(), work, options);
  }

  /** Runs `work` for an explicit tenant: the worker (from the job payload) and platform operations. */
  async forTenant<T>(
    tenantId: string,
    work: (em: EntityManager) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    if (!tenantId || !isUuid(tenantId)) throw new MissingTenantError();
    const open = this.openTenant();
    if (open) {
      if (open.tenantId !== tenantId) {
        throw new Error(`a transaction of tenant ${open.tenantId} cannot run work for tenant ${tenantId}`);
      }
      assertTenantUsable(open.status, options);
      return work(this.txHost.tx);
    }
    return this.txHost.withTransaction(async () => {
      const em = this.txHost.tx;
      const row = await firstOf(
        em,
        qb.selectNoFrom([
          sql<string>`set_config('qcdc.tenant_id', ${tenantId}, true)`.as('tenant'),
          this.nowSetting(),
          sql<TenantStatus | null>`(SELECT status FROM tenancy.tenant_directory WHERE id = ${tenantId}::uuid)`.as('status'),
          this.sessionCheck(),
        ]),
      );
      assertSessionLive(row?.sessionLive ?? null);
      const status = row?.status ?? null;
      assertTenantUsable(status, options);
      ClsServiceManager.getClsService().set(this.openTenantKey, { tenantId, status: status as TenantStatus } satisfies OpenTenant);
      return work(em);
    });
  }

  /**
   * Creates a tenant and fills it in one transaction: `create` inserts the tenant row (not tenant-owned) and
   * returns its id, which then becomes the transaction's tenant for `work` (nested calls join it). Either all
   * of it commits or none.
   *
   * Inside an open tenant transaction (a keyed mutation's: the platform admin's key is claimed in the
   * platform's tenant) the new tenant is made in that transaction: `work` runs as the new tenant, and the
   * transaction is the opener's tenant's again afterwards, so the key's answer is stored where it was claimed.
   */
  async forNewTenant<T>(
    create: (em: EntityManager) => Promise<string>,
    work: (em: EntityManager, tenantId: string) => Promise<T>,
  ): Promise<T> {
    const open = this.openTenant();
    if (open) return this.newTenantWithin(open, create, work);
    if (this.txHost.isTransactionActive()) throw new Error('a tenant is created in a tenant transaction or in one of its own');
    return this.txHost.withTransaction(async () => {
      const em = this.txHost.tx;
      const row = await firstOf(em, qb.selectNoFrom([this.nowSetting(), this.sessionCheck()]));
      assertSessionLive(row?.sessionLive ?? null);
      const tenantId = await create(em);
      await execute(em, qb.selectNoFrom(sql<string>`set_config('qcdc.tenant_id', ${tenantId}, true)`.as('tenant')));
      ClsServiceManager.getClsService().set(this.openTenantKey, { tenantId, status: 'ACTIVE' } satisfies OpenTenant);
      return work(em, tenantId);
    });
  }

  private async newTenantWithin<T>(
    open: OpenTenant,
    create: (em: EntityManager) => Promise<string>,
    work: (em: EntityManager, tenantId: string) => Promise<T>,
  ): Promise<T> {
    const em = this.txHost.tx;
    const cls = ClsServiceManager.getClsService();
    const tenantId = await create(em);
    await execute(em, qb.selectNoFrom(sql<string>`set_config('qcdc.tenant_id', ${tenantId}, true)`.as('tenant')));
    cls.set(this.openTenantKey, { tenantId, status: 'ACTIVE' } satisfies OpenTenant);
    try {
      const result = await work(em, tenantId);
      // Only on success: after a failed statement the transaction accepts none until it rolls back.
      await execute(em, qb.selectNoFrom(sql<string>`set_config('qcdc.tenant_id', ${open.tenantId}, true)`.as('tenant')));
      return result;
    } finally {
      cls.set(this.openTenantKey, open);
    }
  }

  /** The manager of the open transaction, or the pool's when none is open (platform data only). */
  get manager(): EntityManager {
    return this.txHost.tx;
  }

  /** Sets the transaction's `qcdc.now` from the Clock: what `qcdc.now()` and the time columns' defaults read. */
  private nowSetting() {
    return sql<string>`set_config('qcdc.now', ${this.clock.now().toISOString()}, true)`.as('now');
  }

  /**
   * Whether the caller's sign-in still holds (`tenancy.session_is_live`): asked in the first statement of each
   * transaction, so an access token stops the moment its session ends or its person's memberships change,
   * without a round trip of its own. NULL when there is no such caller (a public operation, the worker).
   */
  private sessionCheck() {
    const caller = this.context.callerOrNull();
    const session = caller?.session;
    return (
      session
        ? sql<boolean | null>`tenancy.session_is_live(${caller.tenantId}::uuid, ${session.id}::uuid, ${session.accessVersion}::int)`
        : sql<boolean | null>`NULL::boolean`
    ).as('sessionLive');
  }

  private openTenant(): OpenTenant | null {
    if (!this.txHost.isTransactionActive()) return null;
    return ClsServiceManager.getClsService().get<OpenTenant | undefined>(this.openTenantKey) ?? null;
  }
}

/**
 * A transaction host made by hand over the given data source: medium tests, and a process's second
 * connection (the worker's audit consumer), which needs a `connectionName` of its own so that its open
 * transaction is kept under another CLS key than the default connection's.
 */
export function standaloneTransactionHost(dataSource: DataSource, connectionName?: string): TenantTransactionHost {
  const adapter = new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource });
  return new TransactionHost<TransactionalAdapterTypeOrm>({
    ...adapter.optionsFactory(dataSource),
    connectionName,
    enableTransactionProxy: false,
    defaultTxOptions: {},
    extraProviderTokens: [],
  } as ConstructorParameters<typeof TransactionHost<TransactionalAdapterTypeOrm>>[0]);
}

function assertSessionLive(live: boolean | null): void {
  if (live === false) {
    throw unauthenticated(
      'Phiên đăng nhập này đã kết thúc (đã đăng xuất, hoặc quyền của tài khoản vừa thay đổi). Vui lòng đăng nhập lại.',
      'This sign-in has ended (signed out, or the account’s roles just changed). Please sign in again.',
    );
  }
}

function assertTenantUsable(status: TenantStatus | null, options: TransactionOptions): void {
  if (status === null) {
    throw new AppError('NOT_FOUND', {
      vi: 'Không tìm thấy tỉnh này. Vui lòng kiểm tra lại mã tỉnh hoặc đăng nhập lại.',
      en: 'This province does not exist. Check the province code or sign in again.',
    });
  }
  if (options.write && status !== 'ACTIVE') {
    throw new AppError('TENANT_SUSPENDED', {
      vi: 'Tỉnh này đang bị tạm ngừng nên chỉ được xem, không được sửa. Vui lòng liên hệ quản trị hệ thống.',
      en: 'This province is suspended: it can be read but not changed. Contact the platform administrator.',
    });
  }
}
