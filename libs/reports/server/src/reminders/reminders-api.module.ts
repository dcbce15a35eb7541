import { Module } from '@nestjs/common';
import { PeriodRepository } from '../periods/period.repository';
import { RemindersApiRepository } from './reminders-api.repository';
import { RemindersApiService } from './reminders-api.service';
import { RemindersResolver } from './reminders.resolver';

/** The reminders in the reports subgraph: schedules, notifications, preferences. */
@Module({ providers: [PeriodRepository, RemindersApiRepository, RemindersApiService, RemindersResolver] })
export class RemindersApiModule {}
