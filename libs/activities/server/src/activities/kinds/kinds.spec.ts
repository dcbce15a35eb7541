import 'reflect-metadata';
import { ACTIVITY_KINDS } from '@qcdc/activities/domain';
import { activityTypeName } from '../activity.types';
import { ACTIVITY_TYPES } from './index';

describe('the GraphQL types of the activity kinds', () => {
  it.each(ACTIVITY_KINDS)('%s has a type named after its code, which the Activity interface resolves to', (kind) =>
    expect(ACTIVITY_TYPES[kind].name).toBe(activityTypeName(kind)));

  it.each([
    ['BRIEFING', 'Briefing'],
    ['STAFF_DECISION', 'StaffDecision'],
    ['TRAINING_PERSONNEL', 'TrainingPersonnel'],
  ])('%s is %s', (kind, name) => expect(activityTypeName(kind)).toBe(name));
});
