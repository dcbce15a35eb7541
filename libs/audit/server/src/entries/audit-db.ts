import { TenantDb } from '@qcdc/shared/db';

/** Name of the worker's connection as `qcdc_audit`, the only role that may add to `audit.entries`. */
export const AUDIT_CONNECTION = 'audit';

/** The tenant transactions of the audit consumer, on its own connection (a distinct token for injection). */
export class AuditDb extends TenantDb {}
