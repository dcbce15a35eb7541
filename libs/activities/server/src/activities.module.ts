import { Module } from '@nestjs/common';
import { ActivityRepository } from './activities/activity.repository';
import { ActivityResolver } from './activities/activity.resolver';
import { ActivityService } from './activities/activity.service';

/** Activity recording: what each unit did, of every kind. */
@Module({ providers: [ActivityRepository, ActivityResolver, ActivityService] })
export class ActivitiesModule {}
