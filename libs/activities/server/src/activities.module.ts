import { Module } from '@nestjs/common';
import { ActivityRepository } from './activities/activity.repository';
import { ActivityResolver } from './activities/activity.resolver';
import { ActivityService } from './activities/activity.service';
// The object type of every kind, so that the schema has them all (the Activity interface names none).
import './activities/kinds';
import { EvidenceModule } from './evidence/evidence.module';

/** Activity recording: what each unit did, of every kind, and the evidence files of it. */
@Module({ imports: [EvidenceModule], providers: [ActivityRepository, ActivityResolver, ActivityService] })
export class ActivitiesModule {}
