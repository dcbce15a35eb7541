import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@qcdc/shared/auth';

/** GET /health: 200 when the process can reach PostgreSQL. Tests and start-up wait on it, never on sleeps. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'database' });
    }
    return { status: 'ok' };
  }
}
