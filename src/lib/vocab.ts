/**
 * Controlled vocabularies of the events, without zod: browser code (the
 * timeline explorer) imports them from here so its bundle does not carry the
 * schema library. src/lib/schema.ts builds its enums from the same lists.
 */
export const EVENT_CATEGORIES = ['us-rule', 'entity-list', 'ally-alignment', 'diplomacy', 'china-response', 'industry-milestone'] as const;

/** What a control measure reached; drives the ratchet lanes and the breadth matrix. */
export const CONTROL_SCOPES = ['chips', 'equipment', 'servicing', 'persons', 'materials', 'entities'] as const;
