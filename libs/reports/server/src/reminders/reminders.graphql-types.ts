import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  REMINDER_MESSAGE_KINDS,
  ReminderMessageKind,
  markNotificationsReadArgs,
  myNotificationsArgs,
  notificationPreferencesInput,
  reminderScheduleArgs,
  saveReminderScheduleInput,
} from '@qcdc/reports/domain';
import { enumObject } from '@qcdc/shared/contracts';
import { ReportingPeriod } from '../graphql-types';

export const NotificationKindEnum = enumObject(REMINDER_MESSAGE_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'REMINDER: to a unit that has not submitted; ESCALATION: to its bloc after the due day; DIGEST: the committee’s daily digest',
});

@ObjectType('ReminderMilestone', { description: 'One milestone of a period’s reminder schedule' })
export class ReminderMilestoneView {
  @Field(() => Int, { description: 'Days from the due date (negative before it)' }) offset: number;
  @Field({ description: '"T-7", "T-0", "T+3"' }) name: string;
  @Field({ description: 'The day, "YYYY-MM-DD" in Vietnam' }) on: string;
  @Field(() => NotificationKindEnum, { description: 'REMINDER, or ESCALATION after the due day' }) kind: ReminderMessageKind;
  @Field({ description: 'Whether a person may opt out of it (only the reminders before the due day)' }) optional: boolean;
}

@ObjectType({ description: 'A period’s reminder schedule (lịch nhắc hạn): the province’s own, or the default T-14, T-7, T-3, T-0, T+3' })
export class ReminderSchedule {
  @Field(() => ID) periodId: string;
  @Field(() => ReportingPeriod, { description: 'The period: its name, due date, grace days and whether it is still open' }) period: ReportingPeriod;
  @Field(() => [Int]) offsets: number[];
  @Field({ description: 'True while the province keeps the default schedule' }) isDefault: boolean;
  @Field(() => [ReminderMilestoneView]) milestones: ReminderMilestoneView[];
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
}

@ObjectType({ description: 'An in-app notification of the caller' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: ReminderMessageKind;
  @Field() title: string;
  @Field() body: string;
  @Field(() => ID) periodId: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field() milestone: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt: Date | null;
}

@ObjectType({ description: 'The caller’s notification preferences' })
export class NotificationPreferences {
  @Field(() => String, { nullable: true, description: 'Quiet hours start, "HH:MM" in Vietnam time (emails wait until they end)' }) quietStart: string | null;
  @Field(() => String, { nullable: true }) quietEnd: string | null;
  @Field({ description: 'No email for the optional reminders (before the due day)' }) optOut: boolean;
}

@ArgsType()
@InputSchema(reminderScheduleArgs)
export class ReminderScheduleArgs {
  @Field(() => ID) periodId: string;
}

@InputType()
@InputSchema(saveReminderScheduleInput)
export class SaveReminderScheduleInput {
  @Field(() => ID) periodId: string;
  @Field(() => [Int]) offsets: number[];
}

@ArgsType()
@InputSchema(myNotificationsArgs)
export class MyNotificationsArgs {
  @Field({ nullable: true, defaultValue: false }) unreadOnly: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) limit: number;
}

@ArgsType()
@InputSchema(markNotificationsReadArgs)
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true }) ids: string[];
  @Field({ nullable: true }) all: boolean;
}

@InputType()
@InputSchema(notificationPreferencesInput)
export class NotificationPreferencesInput {
  @Field(() => String, { nullable: true }) quietStart: string | null;
  @Field(() => String, { nullable: true }) quietEnd: string | null;
  @Field() optOut: boolean;
}
