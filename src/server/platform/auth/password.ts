import { hash, verify } from '@node-rs/argon2';

// The library's default algorithm is argon2id. OWASP's baseline (19 MiB, 2 passes)
// keeps a login under ~50 ms on 2 cores.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash for unknown accounts keeps response times alike. */
let dummyHash: Promise<string> | null = null;
export async function burnVerify(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
}

export const passwordRules = { minLength: 12, maxLength: 200 } as const;
