import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { RemindersApiService } from './reminders-api.service';
import {
  MarkNotificationsReadArgs,
  MyNotificationsArgs,
  Notification,
  NotificationPreferences,
  NotificationPreferencesInput,
  ReminderSchedule,
  ReminderScheduleArgs,
  SaveReminderScheduleInput,
} from './reminders.graphql-types';

@Resolver()
export class RemindersResolver {
  constructor(private readonly service: RemindersApiService) {}

  @Query(() => ReminderSchedule, { description: 'Province admin, committee: a period’s reminder schedule (the default until saved)' })
  reminderSchedule(@CurrentCaller() caller: Caller, @Args() { periodId }: ReminderScheduleArgs): Promise<ReminderSchedule> {
    return this.service.schedule(caller, periodId);
  }

  @Mutation(() => ReminderSchedule, { description: 'Province admin, committee: sets a period’s reminder milestones (days from the due date)' })
  saveReminderSchedule(@CurrentCaller() caller: Caller, @Args('input') input: SaveReminderScheduleInput): Promise<ReminderSchedule> {
    return this.service.saveSchedule(caller, input);
  }

  @Query(() => [Notification], { description: 'The caller’s own in-app notifications, newest first' })
  myNotifications(@CurrentCaller() caller: Caller, @Args() { unreadOnly, limit }: MyNotificationsArgs): Promise<Notification[]> {
    return this.service.notifications(caller, unreadOnly, limit);
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread (the bell)' })
  unreadNotificationCount(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.unreadCount(caller);
  }

  @Mutation(() => Int, { description: 'Marks some (ids) or all of the caller’s notifications read; answers the unread count left' })
  markNotificationsRead(@CurrentCaller() caller: Caller, @Args() { ids, all }: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(caller, ids, all);
  }

  @Query(() => NotificationPreferences, { description: 'The caller’s quiet hours and opt-out' })
  notificationPreferences(@CurrentCaller() caller: Caller): Promise<NotificationPreferences> {
    return this.service.preferences(caller);
  }

  @Mutation(() => NotificationPreferences, { description: 'Saves the caller’s quiet hours and opt-out' })
  saveNotificationPreferences(@CurrentCaller() caller: Caller, @Args('input') input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    return this.service.savePreferences(caller, input);
  }
}
