import { Algorithm, hash } from '@node-rs/argon2';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id, 19 MiB, 2 passes, 1 lane, and verifies', async () => {
    const stored = await hasher.hash('mat-khau-thu-nghiem');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(stored, 'mat-khau-thu-nghiem')).toBe(true);
    expect(await hasher.verify(stored, 'sai-mat-khau')).toBe(false);
    expect(await hasher.verify(null, 'mat-khau-thu-nghiem')).toBe(false);
  });

  it('asks for a rehash of a hash made with other parameters or another variant, never of a current one', async () => {
    expect(hasher.needsRehash(await hasher.hash('x'))).toBe(false);
    expect(hasher.needsRehash(await hash('x', { algorithm: Algorithm.Argon2id, memoryCost: 4096, timeCost: 3 }))).toBe(true);
    expect(hasher.needsRehash(await hash('x', { algorithm: Algorithm.Argon2i }))).toBe(true);
  });
});
