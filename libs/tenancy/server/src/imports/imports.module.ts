import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TenantRepository } from '../provinces/tenant.repository';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { UserRepository } from '../users/user.repository';
import { ImportController, ImportUploadMiddleware } from './import.controller';
import { IMPORT_RUNNER, ImportQueue, ImportWorker } from './import.queue';
import { ImportRepository } from './import.repository';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Imports of org units and people: the upload route, the GraphQL state and apply, and the queue's worker. */
@Module({
  controllers: [ImportController],
  providers: [
    ImportRepository,
    ImportService,
    ImportResolver,
    ImportQueue,
    ImportWorker,
    { provide: IMPORT_RUNNER, useExisting: ImportService },
    TenantRepository,
    UserRepository,
    UnitTypeRepository,
  ],
  exports: [ImportService],
})
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ImportUploadMiddleware).forRoutes({ path: 'imports', method: RequestMethod.ALL }, { path: 'imports/*path', method: RequestMethod.ALL });
  }
}
