import { ACTIVITY_KINDS } from '@qcdc/activities/domain';
import { ACTIVITY_KIND_CODES } from '@qcdc/scoring/domain';

// Scoring names the activity kinds that evidence a criterion by their codes, without importing the activities
// domain; the two lists are one vocabulary, and stay so.
describe('the activity kinds scoring names', () => {
  it('are the kinds of the activities registry, no more and no fewer', () => {
    expect([...ACTIVITY_KIND_CODES].sort()).toEqual([...ACTIVITY_KINDS].sort());
  });
});
