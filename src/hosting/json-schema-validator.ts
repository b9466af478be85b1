/**
 * Checks JSON against the site's published JSON Schemas (draft 2020-12) with Ajv: strict, every
 * error at once, formats checked (ajv-formats), and the Welsh descriptions
 * (`x-description-cy`) known as an annotation. Used by `npm run check:dist` and the tests; a
 * development tool, never part of the built site.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type Validate = (data: unknown) => string[];

export function jsonSchemaValidator(schema: object): Validate {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-description-cy');
  const validate = ajv.compile(schema);
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is not valid'}`);
}
