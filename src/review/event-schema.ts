/**
 * The zod schemas of review events: every event that enters a project from outside (a review
 * package) is checked against them first, so a malformed event is refused, never half-stored.
 */
import { z } from 'zod';
import { RESPONSE_KINDS, type ReviewEvent } from './types';

const str = (max: number) => z.string().max(max);

/** An author: name, role, optional fraksi. */
export const authorSchema = z
  .object({ name: z.string().min(1).max(200), role: str(100), fraksi: str(200).optional() })
  .strict();

const quoteSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    exact: z.string().min(1).max(20_000),
    prefix: str(1000),
    suffix: str(1000),
  })
  .strict();

/** A thread anchor (`side` only for the base text: an anchor without it belongs to the draft). */
export const anchorSchema = z
  .object({
    side: z.literal('base').optional(),
    unitUid: z.string().min(1).max(64),
    ancestors: z.array(z.string().max(64)).max(20),
    label: str(500),
    quote: quoteSchema.optional(),
    excerpt: str(1000),
  })
  .strict();

const id = z.string().min(8).max(64).regex(/^[0-9a-z]+$/);
const base = { id, threadId: id, at: z.iso.datetime(), author: authorSchema };
const body = z.string().min(1).max(50_000);

/** Any review event. */
export const eventSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('thread.create'), body, anchor: anchorSchema, suggestion: str(50_000).optional(), versionHash: str(64).optional(), jenis: z.enum(RESPONSE_KINDS).optional() }).strict(),
  z.object({ ...base, kind: z.literal('reply.add'), body }).strict(),
  z.object({ ...base, kind: z.literal('comment.edit'), commentId: id, base: id, body }).strict(),
  z.object({ ...base, kind: z.literal('status.set'), status: z.enum(['open', 'resolved']) }).strict(),
  z.object({ ...base, kind: z.literal('anchor.set'), anchor: anchorSchema }).strict(),
  z.object({ ...base, kind: z.enum(['suggestion.accept', 'suggestion.reject']), body: str(50_000) }).strict(),
]);

/** Check one event; null when it is malformed. */
export function parseEvent(value: unknown): ReviewEvent | null {
  const r = eventSchema.safeParse(value);
  return r.success ? (r.data as ReviewEvent) : null;
}
