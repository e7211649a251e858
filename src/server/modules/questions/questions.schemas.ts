import { z } from '@hono/zod-openapi';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../core/questions/tags';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const questionIdParam = z.object({ id: z.string().uuid() });

export const listQuestionsQuery = z.object({
  /** published: the network's Q&A; mine: my organisation's questions; inbox: addressed to my organisation (all, for coordinators). */
  scope: z.enum(['published', 'mine', 'inbox']).default('published'),
  tag: z.string().trim().min(1).max(MAX_TAG_LENGTH).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const similarQuery = z.object({ q: z.string().max(500).default('') });

const tags = z.array(z.string().trim().min(1).max(MAX_TAG_LENGTH)).max(MAX_TAGS);
const version = z.number().int().min(1);

export const askBody = z
  .object({
    addressedOrgId: z.string().uuid(),
    title: z.string().trim().min(3).max(200),
    body: z.string().trim().min(1).max(5000),
  })
  .openapi('AskQuestionBody');

export const assignBody = z.object({ assigneeId: z.string().uuid(), version }).openapi('AssignQuestionBody');

export const answerBody = z
  .object({ answer: z.string().trim().min(1).max(10000), tags: tags.default([]), version })
  .openapi('AnswerQuestionBody');

export const tagsBody = z.object({ tags, version }).openapi('QuestionTagsBody');

const status = z.enum(['new', 'assigned', 'answered']);

export const questionSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    title: z.string(),
    status,
    askerOrgName: z.string(),
    addressedOrgId: z.string().uuid(),
    addressedOrgName: z.string(),
    /** Addressed to the network's coordinator rather than to an agency. */
    toCoordinator: z.boolean(),
    assigneeName: z.string().nullable(),
    tags: z.array(z.string()),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .openapi('QuestionSummary');

export const questionList = z
  .object({
    questions: z.array(questionSummary),
    canAsk: z.boolean(),
    /** The actor's organisation receives questions in this network (or the actor coordinates it). */
    hasInbox: z.boolean(),
  })
  .openapi('QuestionList');

export const questionDetail = z
  .object({
    question: questionSummary.extend({
      body: z.string(),
      answer: z.string().nullable(),
      /** Only for the asking and addressed organisations and coordinators. */
      askerName: z.string().nullable(),
      answeredByName: z.string().nullable(),
      version: z.number().int(),
    }),
    canAssign: z.boolean(),
    canAnswer: z.boolean(),
    canEditTags: z.boolean(),
    /** People of the addressed organisation who may be assigned (only for those who assign). */
    assignees: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  })
  .openapi('QuestionDetail');

export const addresseeList = z
  .object({
    addressees: z.array(z.object({ orgId: z.string().uuid(), name: z.string(), toCoordinator: z.boolean() })),
  })
  .openapi('QuestionAddressees');

export const similarList = z
  .object({
    suggestions: z.array(
      z.object({
        id: z.string().uuid(),
        title: z.string(),
        answerExcerpt: z.string(),
        tags: z.array(z.string()),
        answeredAt: z.string(),
      }),
    ),
  })
  .openapi('SimilarQuestions');
