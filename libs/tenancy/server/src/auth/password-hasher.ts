import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with 19 MiB, 2 passes, 1 lane: the OWASP baseline (also the library's defaults, written out so a
 * change of the library's defaults changes nothing here). A stored hash made with other parameters is
 * rehashed at the next successful sign-in (needsRehash).
 */
export const ARGON2_PARAMETERS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The PHC prefix every current hash starts with: `$argon2id$v=19$m=19456,t=2,p=1$`. */
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}$`;

@Injectable()
export class PasswordHasher {
  /** Verified against when a user does not exist, so the answer takes as long as for a real user. */
  private readonly decoy = hash('qcdc-decoy-password', ARGON2_PARAMETERS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMETERS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoy, password);
      return false;
    }
    return verify(passwordHash, password);
  }

  /** Whether a stored hash was made with other parameters (or another argon2 variant) than today's. */
  needsRehash(passwordHash: string): boolean {
    return !passwordHash.startsWith(CURRENT_PREFIX);
  }
}
