import { z } from '@hono/zod-openapi';
import { contactFunctions } from '../../db/schema/accounts';
import { organisationKinds } from '../../db/schema/registry';

export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const memberParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  orgId: z.uuid().openapi({ param: { name: 'orgId', in: 'path' } }),
});

export const county = z
  .object({ code: z.string(), name: z.string(), shortName: z.string() })
  .openapi('County');
export const countyList = z.object({ items: z.array(county) }).openapi('CountyList');

export const organisation = z
  .object({
    id: z.uuid(),
    kind: z.enum(organisationKinds),
    code: z.string().nullable(),
    name: z.string(),
    shortName: z.string(),
    countyCode: z.string().nullable(),
    countyName: z.string().nullable(),
  })
  .openapi('Organisation');

export const organisationDetail = organisation
  .extend({
    /** Only networks the caller can see. */
    networks: z.array(z.object({ id: z.uuid(), name: z.string(), reports: z.boolean() })),
  })
  .openapi('OrganisationDetail');

export const organisationQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(organisationKinds).optional(),
  county: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const organisationPage = z
  .object({
    items: z.array(organisation),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('OrganisationPage');

const orgCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9ÅÄÖåäö-]{2,20}$/);

export const createOrganisationBody = z
  .object({
    kind: z.enum(organisationKinds),
    code: orgCode.nullable().optional(),
    name: z.string().trim().min(2).max(200),
    shortName: z.string().trim().min(1).max(100).optional(),
    countyCode: z
      .string()
      .regex(/^\d{2}$/)
      .nullable()
      .optional(),
  })
  .openapi('CreateOrganisation');

export const updateOrganisationBody = z
  .object({
    kind: z.enum(organisationKinds).optional(),
    code: orgCode.nullable().optional(),
    name: z.string().trim().min(2).max(200).optional(),
    shortName: z.string().trim().min(1).max(100).optional(),
    countyCode: z
      .string()
      .regex(/^\d{2}$/)
      .nullable()
      .optional(),
  })
  .openapi('UpdateOrganisation');

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const weekday = z.number().int().min(1).max(7);

const scheduleFields = {
  opensWeekday: weekday,
  opensTime: time,
  deadlineWeekday: weekday,
  deadlineTime: time,
  reminderHours: z.number().int().min(0).max(168),
};

export const network = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    ownerOrgId: z.uuid(),
    ownerName: z.string(),
    ...scheduleFields,
    memberCount: z.number().int(),
    reportingCount: z.number().int(),
    isCoordinator: z.boolean(),
  })
  .openapi('Network');

export const networkList = z.object({ items: z.array(network) }).openapi('NetworkList');

export const networkMember = z
  .object({
    orgId: z.uuid(),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(organisationKinds),
    code: z.string().nullable(),
    countyCode: z.string().nullable(),
    reports: z.boolean(),
  })
  .openapi('NetworkMember');

export const networkDetail = network.extend({ members: z.array(networkMember) }).openapi('NetworkDetail');

export const createNetworkBody = z
  .object({
    name: z.string().trim().min(2).max(200),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80)
      .optional(),
    description: z.string().trim().max(2000).optional(),
    /** Defaults to the caller's organisation; only a system admin may name another. */
    ownerOrgId: z.uuid().optional(),
    opensWeekday: weekday.optional(),
    opensTime: time.optional(),
    deadlineWeekday: weekday.optional(),
    deadlineTime: time.optional(),
    reminderHours: scheduleFields.reminderHours.optional(),
  })
  .openapi('CreateNetwork');

export const updateNetworkBody = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    description: z.string().trim().max(2000).optional(),
    opensWeekday: weekday.optional(),
    opensTime: time.optional(),
    deadlineWeekday: weekday.optional(),
    deadlineTime: time.optional(),
    reminderHours: scheduleFields.reminderHours.optional(),
  })
  .openapi('UpdateNetwork');

export const addMemberBody = z
  .object({ orgId: z.uuid(), reports: z.boolean().default(true) })
  .openapi('AddNetworkMember');

export const directoryQuery = z.object({
  function: z.enum(contactFunctions).optional(),
  q: z.string().trim().max(100).optional(),
  orgId: z.uuid().optional(),
});

export const directoryEntry = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    title: z.string(),
    email: z.string(),
    phone: z.string(),
    orgId: z.uuid(),
    orgName: z.string(),
    functions: z.array(z.enum(contactFunctions)),
  })
  .openapi('DirectoryEntry');

export const directoryList = z
  .object({ items: z.array(directoryEntry), truncated: z.boolean() })
  .openapi('Directory');
