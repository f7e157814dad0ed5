import { z } from 'zod';
import { FEED_EVENT_TYPES, type FeedEvent } from '../operation-events';
import { request } from '../define';

/** An opaque cursor: the `id` of the last event seen (`0` or absent: from the start). */
export const feedCursorSchema = z.string().max(30).regex(/^\d+$/, 'a cursor is the id of an event from this feed');

/** The event feed (REST `GET /events`, `scanbay events`): committed events after a cursor, oldest first. */
export const eventsRequests = {
  'events.page': request<{ events: FeedEvent[]; next_cursor: string }>()(
    z
      .object({
        after: feedCursorSchema.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        types: z.array(z.enum(FEED_EVENT_TYPES)).max(FEED_EVENT_TYPES.length).optional(),
      })
      .strict(),
  ),
};
