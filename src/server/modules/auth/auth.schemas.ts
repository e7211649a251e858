import { z } from '@hono/zod-openapi';
import { passwordRules } from '../../platform/auth/password';

export const email = z.string().trim().toLowerCase().email().max(254);
export const password = z.string().min(passwordRules.minLength).max(passwordRules.maxLength);

export const loginBody = z
  .object({ email, password: z.string().min(1).max(passwordRules.maxLength) })
  .openapi('LoginBody');

export const sessionUser = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    orgId: z.string().uuid(),
    orgName: z.string(),
    orgKind: z.string(),
    roles: z.array(z.string()),
    locale: z.enum(['sv', 'en']),
    networks: z.array(
      z.object({ id: z.string().uuid(), slug: z.string(), name: z.string(), isCoordinator: z.boolean() }),
    ),
  })
  .openapi('SessionUser');

export const sessionResponse = z
  .object({ user: sessionUser, csrfToken: z.string() })
  .openapi('SessionResponse');

export const resetRequestBody = z.object({ email }).openapi('PasswordResetRequest');
export const setPasswordBody = z
  .object({ token: z.string().min(20).max(200), password })
  .openapi('SetPasswordBody');
