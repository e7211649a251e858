import { z } from '@hono/zod-openapi';
import { contactFunctions, roles } from '../../db/schema/accounts';

export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const email = z.string().trim().toLowerCase().email().max(254);
const name = z.string().trim().min(2).max(200);
const title = z.string().trim().max(200);
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+()\s-]*$/);
const roleList = z.array(z.enum(roles)).max(roles.length);
const functionList = z.array(z.enum(contactFunctions)).max(contactFunctions.length);
const locale = z.enum(['sv', 'en']);

export const adminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    phone: z.string(),
    orgId: z.uuid(),
    orgName: z.string(),
    roles: z.array(z.enum(roles)),
    functions: z.array(z.enum(contactFunctions)),
    locale,
    isActive: z.boolean(),
    /** False while an invitation is not yet accepted. */
    hasPassword: z.boolean(),
    isDemo: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AdminUser');

export const userQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** System admins only; an org admin always sees their own organisation. */
  orgId: z.uuid().optional(),
  role: z.enum(roles).optional(),
  status: z.enum(['active', 'inactive', 'invited', 'all']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const userPage = z
  .object({
    items: z.array(adminUser),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('UserPage');

export const inviteBody = z
  .object({
    email,
    name,
    title: title.optional(),
    phone: phone.optional(),
    roles: roleList.min(1),
    functions: functionList.default([]),
    locale: locale.default('sv'),
    /** System admins may invite into any organisation; others into their own. */
    orgId: z.uuid().optional(),
  })
  .openapi('InviteUser');

export const updateUserBody = z
  .object({
    name: name.optional(),
    title: title.optional(),
    phone: phone.optional(),
    roles: roleList.optional(),
    functions: functionList.optional(),
    isActive: z.boolean().optional(),
  })
  .openapi('UpdateUser');

export const profile = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    phone: z.string(),
    orgId: z.uuid(),
    orgName: z.string(),
    roles: z.array(z.enum(roles)),
    functions: z.array(z.enum(contactFunctions)),
    locale,
  })
  .openapi('Profile');

export const updateMeBody = z
  .object({
    name: name.optional(),
    title: title.optional(),
    phone: phone.optional(),
    locale: locale.optional(),
    functions: functionList.optional(),
  })
  .openapi('UpdateProfile');
