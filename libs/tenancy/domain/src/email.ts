import { badInput } from '@qcdc/shared/contracts';

/** An email address: something@something.something, no spaces (whether it exists is not ours to check). */
export function assertEmail(email: string): void {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
    throw badInput(
      'Địa chỉ email chưa đúng dạng, ví dụ "ten@coquan.gov.vn".',
      'The email address is not valid, e.g. "name@agency.gov.vn".',
      { field: 'email' },
    );
  }
}
