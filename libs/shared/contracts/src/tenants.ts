/** Kinds of tenant: the one platform tenant (its administrators) and the provinces (tỉnh). */
export const TENANT_KINDS = ['PLATFORM', 'PROVINCE'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * Lifecycle of a tenant. SUSPENDED is read-only (writes fail with TENANT_SUSPENDED); ARCHIVED is kept for
 * the record and no longer listed at sign-in.
 */
export const TENANT_STATUSES = ['ACTIVE', 'SUSPENDED', 'ARCHIVED'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];
