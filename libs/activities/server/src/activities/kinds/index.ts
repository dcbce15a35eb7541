import type { ActivityKind } from '@qcdc/activities/domain';
import type { Activity } from '../activity.types';
import { Briefing } from './briefing.type';
import { ComplaintCase } from './complaint-case.type';
import { Consultation } from './consultation.type';
import { Disclosure } from './disclosure.type';
import { Inspection } from './inspection.type';
import { StaffConference } from './staff-conference.type';
import { StaffDecision } from './staff-decision.type';
import { TrainingPersonnel } from './training-personnel.type';

/** The GraphQL type of each kind, its facts as fields, named after its code. A new kind is its file here and one line. */
export const ACTIVITY_TYPES: { readonly [K in ActivityKind]: new () => Activity } = {
  BRIEFING: Briefing,
  DISCLOSURE: Disclosure,
  CONSULTATION: Consultation,
  STAFF_DECISION: StaffDecision,
  INSPECTION: Inspection,
  STAFF_CONFERENCE: StaffConference,
  COMPLAINT_CASE: ComplaintCase,
  TRAINING_PERSONNEL: TrainingPersonnel,
};
