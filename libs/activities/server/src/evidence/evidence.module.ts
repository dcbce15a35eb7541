import { Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@qcdc/shared/config';
import { sendAppError, signedFileBody } from '@qcdc/shared/subgraph';
import { evidenceTooLarge } from '@qcdc/activities/domain';
import { DiskEvidenceStorage } from './disk-evidence-storage';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EvidenceStorage } from './evidence-storage';
import { S3EvidenceStorage } from './s3-evidence-storage';

/** The storage the configuration names: local disk (EVIDENCE_DIR) or an S3-compatible bucket. */
export const evidenceStorageFor = ({ evidence }: AppConfig): EvidenceStorage =>
  evidence.storage.kind === 's3' ? new S3EvidenceStorage(evidence.storage) : new DiskEvidenceStorage(evidence.storage.dir);

/** Evidence files of activities: the file routes (from the gateway), the GraphQL list and removal, the storage. */
@Module({
  controllers: [EvidenceController],
  providers: [
    EvidenceRepository,
    EvidenceService,
    EvidenceResolver,
    { provide: EvidenceStorage, inject: [APP_CONFIG], useFactory: evidenceStorageFor },
  ],
})
export class EvidenceModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    const maxBytes = this.config.evidence.maxBytes;
    consumer
      .apply(signedFileBody(this.config, maxBytes, (res) => sendAppError(res, evidenceTooLarge(maxBytes))))
      .forRoutes({ path: 'evidence', method: RequestMethod.ALL }, { path: 'evidence/*path', method: RequestMethod.ALL });
  }
}
