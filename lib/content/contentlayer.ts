import {
  type DocumentTypeDef,
  type FieldDef,
  type FieldDefs,
  type NestedType,
  defineDocumentType,
  defineNestedType,
} from 'contentlayer2/source-files';
import type { Field, FieldShape } from './fields';
import type { DescribedKind } from './kind';
import { kindList } from './kinds';

/*
 * Contentlayer's document types, made from the kinds' field descriptions (lib/content/fields.ts):
 * the checked documents the content step writes (lib/content/documents.ts), each field with its type.
 * Contentlayer checks their shape ('fail' on anything unexpected); the kinds' schemas check the rest
 * when the pages load them.
 */

const nestedTypes = new Map<string, NestedType>();
const capital = (name: string) => `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;

function nested(name: string, fields: FieldDefs): NestedType {
  let type = nestedTypes.get(name);
  if (!type) {
    type = defineNestedType(() => ({ name, fields }));
    nestedTypes.set(name, type);
  }
  return type;
}

const localizedType = () =>
  nested('Localized', { kk: { type: 'string', required: true }, ru: { type: 'string', required: true } });

function fieldOf(shape: FieldShape, owner: string): FieldDef {
  switch (shape.type) {
    case 'localized':
      return { type: 'nested', of: localizedType() };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'enum', options: [...shape.values] };
    case 'list': {
      const item = fieldOf(shape.of, owner);
      return { type: 'list', of: item.type === 'nested' ? (item as { of: NestedType }).of : (item as never) };
    }
    case 'object':
      return { type: 'nested', of: nested(owner, fieldsOf(shape.fields, owner)) };
    default:
      return { type: 'string' };
  }
}

function fieldsOf(fields: readonly Field[], owner: string): FieldDefs {
  return Object.fromEntries(
    fields.map((field) => {
      const def = fieldOf(field, `${owner}${capital(field.name)}`);
      return [field.name, { ...def, required: field.required, description: field.hint?.ru ?? field.label.ru }];
    }),
  ) as FieldDefs;
}

function documentType(kind: DescribedKind): DocumentTypeDef {
  return {
    name: kind.name,
    filePathPattern: kind.files.pattern.replace(/\.(md|ya?ml)$/, '.json'),
    contentType: 'data',
    isSingleton: kind.files.singleton && !kind.files.optional,
    fields: {
      ...fieldsOf(kind.described, kind.name),
      ...Object.fromEntries(Object.keys(kind.path).map((name) => [name, { type: 'string', required: true }])),
      sourceFile: { type: 'string', required: true, description: 'The file below content/' },
      ...(kind.files.markdown
        ? {
            text: {
              type: 'nested',
              required: true,
              of: nested('Text', { raw: { type: 'string', required: true }, html: { type: 'string', required: true } }),
            },
          }
        : {}),
    } as FieldDefs,
  };
}

export const documentTypes = kindList.map((kind) => defineDocumentType(() => documentType(kind)));
