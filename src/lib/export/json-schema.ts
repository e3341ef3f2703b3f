/**
 * JSON Schema of one record, generated from its zod schema with zod 4's own
 * `z.toJSONSchema` (which carries the `.describe()` texts). Describes the
 * input side, so fields with defaults are optional, as they are in the files.
 * Refinements (real calendar days, cross-field rules) have no JSON Schema
 * form and are left out; src/lib/validate.ts still enforces them.
 */
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

export function recordJsonSchema(schema: z.ZodType, meta: { id: string; title: string }): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...body } = generated;
  return { $schema, $id: meta.id, title: meta.title, ...body };
}
