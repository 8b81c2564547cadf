import {
  type DocumentTypeDef,
  type FieldDefs,
  type NestedType,
  defineDocumentType,
  defineNestedType,
} from 'contentlayer2/source-files';
import { z } from 'zod';
import { type ContentType, contentTypes } from './schema';

/*
 * Contentlayer's document types, generated from the zod schemas of lib/content/schema.ts (through
 * their JSON Schema, zod's public description of a schema) so that each field is declared once.
 * Contentlayer checks presence and primitive types; the zod schemas check everything else when the
 * content is loaded. Dates are strings here: the one date rule is the schema's.
 */

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  description?: string;
};

const nestedTypes = new Map<string, NestedType>();

function fieldsOf(schema: JsonSchema, defs: Record<string, JsonSchema>, owner: string): FieldDefs {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      { ...fieldOf(property, defs, `${owner}${name[0]?.toUpperCase()}${name.slice(1)}`), required: required.has(name) },
    ]),
  ) as FieldDefs;
}

function nested(schema: JsonSchema, defs: Record<string, JsonSchema>, fallbackName: string): NestedType {
  const name = schema.$ref?.replace('#/$defs/', '') ?? fallbackName;
  const target = schema.$ref ? defs[name] : schema;
  if (!target) throw new Error(`unknown nested schema ${schema.$ref}`);
  let type = nestedTypes.get(name);
  if (!type) {
    type = defineNestedType(() => ({ name, fields: fieldsOf(target, defs, name) }));
    nestedTypes.set(name, type);
  }
  return type;
}

function fieldOf(schema: JsonSchema, defs: Record<string, JsonSchema>, name: string) {
  const description = schema.description ? { description: schema.description } : {};
  if (schema.$ref || schema.type === 'object') return { type: 'nested', of: nested(schema, defs, name), ...description };
  if (schema.type === 'array') {
    const items = schema.items ?? {};
    const of = items.$ref || items.type === 'object' ? nested(items, defs, name) : { type: primitive(items) };
    return { type: 'list', of, ...description };
  }
  return { type: primitive(schema), ...description };
}

function primitive(schema: JsonSchema): 'string' | 'number' | 'boolean' {
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  return 'string';
}

function documentType(type: ContentType): DocumentTypeDef {
  const schema = z.toJSONSchema(type.fields, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    name: type.name,
    filePathPattern: type.filePathPattern,
    contentType: type.kind,
    isSingleton: type.singleton,
    fields: fieldsOf(schema, schema.$defs ?? {}, type.name),
    computedFields: Object.fromEntries(
      Object.entries(type.fromPath).map(([name, field]) => [
        name,
        { type: 'string', resolve: (doc: { _raw: { sourceFilePath: string } }) => field.resolve(doc._raw.sourceFilePath) },
      ]),
    ),
  };
}

export const documentTypes = Object.values(contentTypes).map((type) => defineDocumentType(() => documentType(type)));

/** The folders of content/ that hold documents. */
export const contentDirs = Object.values(contentTypes).map((type) => type.dir);
