import { Module } from '@nestjs/common';
import { ActivityRepository } from './briefings/activity.repository';
import { ActivityResolver } from './briefings/activity.resolver';
import { ActivityService } from './briefings/activity.service';

/** Activity recording: what each unit did during the year. */
@Module({ providers: [ActivityRepository, ActivityResolver, ActivityService] })
export class ActivitiesModule {}
