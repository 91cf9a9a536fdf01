import { z } from 'zod';
import type { Field, Fields, FieldSpec, ObjectField, OptionalSpec, ValueOf } from '../model/recordFields';
import { ID_PATTERN, LIMITS } from '../model/recordLimits';

/**
 * The zod schema of a record declaration (model/nodeRecord.ts…): the same checks in the same
 * order as the declaration says, so zod words the first problem of an invalid file and names
 * its path. Built on first use and once per declaration; a valid file never needs it (see
 * plainMap.ts).
 */

type ZodOf<F> = F extends OptionalSpec ? z.ZodOptional<z.ZodType<ValueOf<F>>> : z.ZodType<ValueOf<F>>;
/** The zod object schema of a record, with a schema per field (`.shape`), for z.infer and `.extend`. */
export type RecordSchema<F extends Fields> = z.ZodObject<{ -readonly [K in keyof F]: ZodOf<F[K]> }, z.core.$strict>;

const built = new WeakMap<FieldSpec, z.ZodType>();
let idSchema: z.ZodType<string> | undefined;

/** The zod schema of a record declaration. */
export function recordSchema<F extends Fields>(record: ObjectField<F>): RecordSchema<F> {
  return fieldSchema(record) as unknown as RecordSchema<F>;
}

/** The zod schema of any field declaration. */
export function fieldSchema<T>(field: Field<T>): z.ZodType<T> {
  let schema = built.get(field);
  if (!schema) {
    schema = build(field);
    built.set(field, schema);
  }
  return schema as z.ZodType<T>;
}

function build(field: FieldSpec): z.ZodType {
  switch (field.type) {
    case 'text': {
      let schema = z.string();
      if (field.min !== undefined) schema = schema.min(field.min);
      if (field.max !== undefined) schema = schema.max(field.max);
      if (field.pattern) schema = schema.regex(field.pattern, field.patternMessage);
      return schema;
    }
    case 'id':
      return (idSchema ??= z
        .string()
        .min(1)
        .max(LIMITS.idLength)
        .regex(ID_PATTERN, 'An id may hold only letters, digits, "_", "." and "-"')
        .refine((id) => id !== '__proto__', 'An id may not be "__proto__"'));
    case 'number': {
      // zod's int() takes safe integers only, as the plain check does.
      let schema = field.whole ? z.number().int() : z.number().finite();
      if (field.min !== undefined) schema = schema.min(field.min);
      if (field.max !== undefined) schema = schema.max(field.max);
      return schema;
    }
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(field.values as [string, ...string[]]);
    case 'list': {
      let schema = z.array(fieldSchema(field.item));
      if (field.min !== undefined) schema = schema.min(field.min);
      return schema.max(field.max);
    }
    case 'object':
      return z.strictObject(Object.fromEntries(field.keys.map((key) => [key, fieldSchema(field.fields[key])])));
    case 'union': {
      const options = field.options.map((option) => fieldSchema(option));
      return field.key === undefined
        ? z.union(options)
        : z.discriminatedUnion(field.key, options as unknown as [z.ZodObject, ...z.ZodObject[]]);
    }
    case 'table':
      return z.record(fieldSchema(field.key) as z.ZodType<string>, fieldSchema(field.item));
    case 'optional':
      return fieldSchema(field.field).optional();
  }
}
