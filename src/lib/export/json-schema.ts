/**
 * JSON Schema of one record, generated from its zod schema: the one place
 * that converts. zod 3 has no converter of its own, so this uses
 * zod-to-json-schema; on zod 4 it becomes `z.toJSONSchema(schema)` (which
 * reads the same `.describe()` texts) and nothing else changes.
 * Refinements (real calendar days, cross-field rules) have no JSON Schema
 * form and are left out; src/lib/validate.ts still enforces them.
 */
import type { ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';

export type JsonSchema = Record<string, unknown>;

export function recordJsonSchema(schema: ZodTypeAny, meta: { id: string; title: string }): JsonSchema {
  const generated = zodToJsonSchema(schema, { $refStrategy: 'none', target: 'jsonSchema7' }) as JsonSchema;
  const { $schema, ...body } = generated;
  return { $schema, $id: meta.id, title: meta.title, ...body };
}
