import { Module } from '@nestjs/common';
import { ActivityRepository } from './briefings/activity.repository';
import { ActivityResolver } from './briefings/activity.resolver';
import { ActivityService } from './briefings/activity.service';
import { EvidenceModule } from './evidence/evidence.module';

/** Activity recording: what each unit did during the year. */
@Module({ imports: [EvidenceModule], providers: [ActivityRepository, ActivityResolver, ActivityService] })
export class ActivitiesModule {}
