/**
 * Ensures the platform tenant and its admin exist (idempotent). Runs as the owner, before any service can
 * be used: someone has to create the first province. Password from PLATFORM_ADMIN_PASSWORD.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { loadConfig } from '@qcdc/shared/config';

export const PLATFORM_ADMIN_USERNAME = 'platform-admin';
export const DEFAULT_PLATFORM_ADMIN_PASSWORD = 'qcdc-admin-2026';

export async function ensurePlatformAdmin(databaseUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [tenant],
    } = await client.query(
      `INSERT INTO tenancy.tenants (code, name, kind) VALUES ('platform', 'Quản trị hệ thống', 'PLATFORM')
       ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    );
    const existing = await client.query(`SELECT id FROM tenancy.users WHERE tenant_id = $1 AND username = $2`, [
      tenant.id,
      PLATFORM_ADMIN_USERNAME,
    ]);
    if (existing.rowCount === 0) {
      const passwordHash = await hash(password, { algorithm: Algorithm.Argon2id });
      const {
        rows: [user],
      } = await client.query(
        `INSERT INTO tenancy.users (tenant_id, username, display_name, password_hash)
         VALUES ($1, $2, 'Quản trị hệ thống', $3) RETURNING id`,
        [tenant.id, PLATFORM_ADMIN_USERNAME, passwordHash],
      );
      await client.query(
        `INSERT INTO tenancy.memberships (tenant_id, user_id, role, org_unit_id) VALUES ($1, $2, 'PLATFORM_ADMIN', NULL)`,
        [tenant.id, user.id],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  const { databaseUrl } = loadConfig('worker');
  // The one place besides config that reads the environment: a bootstrap secret for a CLI.
  const password = process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD;
  ensurePlatformAdmin(databaseUrl, password)
    .then(() => console.log(`platform admin "${PLATFORM_ADMIN_USERNAME}" is ready`))
    .catch((error) => {
      console.error(`could not create the platform admin: ${error.message}`);
      process.exit(1);
    });
}
