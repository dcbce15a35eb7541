import { AppError } from '@qcdc/shared/contracts';
import { formatGraphQLError } from './format-error';

describe('the GraphQL error format', () => {
  it('keeps the stable code and the English message whatever the details carry', () => {
    const error = new AppError('CONFLICT', { vi: 'Trùng tên.', en: 'Same name.' }, { field: 'name', code: 'HOP_TAC_XA', messageEn: 'x' });
    expect(formatGraphQLError({ message: 'x' }, error)).toEqual({
      message: 'Trùng tên.',
      extensions: { field: 'name', code: 'CONFLICT', messageEn: 'Same name.' },
    });
  });
});
