import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowSchemas } from '../../../src/data';
import { fixture } from './helpers';

interface Pkg {
  resources: Array<{ name: string; schema: { fields: Array<{ name: string; constraints?: { required?: boolean } }>; primaryKey?: string | string[] } }>;
}
const readPkg = (dir: string): Pkg => JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
const realPkg = readPkg(path.join(process.cwd(), 'data'));

describe('TypeScript row schemas match data/datapackage.json', () => {
  it('every resource in the real package has a TS row schema, and every TS schema a resource', () => {
    expect(realPkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(rowSchemas).sort());
  });

  it.each(Object.entries(rowSchemas))('%s: schema keys equal the datapackage field names, in order', (name, schema) => {
    const resource = realPkg.resources.find((r) => r.name === name)!;
    expect(Object.keys(schema.shape)).toEqual(resource.schema.fields.map((f) => f.name));
  });

  it.each(Object.entries(rowSchemas))('%s: a field is nullable in TS exactly when it is not required', (name, schema) => {
    const resource = realPkg.resources.find((r) => r.name === name)!;
    const pk = [resource.schema.primaryKey ?? []].flat();
    for (const field of resource.schema.fields) {
      const required = field.constraints?.required === true || pk.includes(field.name);
      const acceptsNull = (schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[field.name]!.safeParse(null).success;
      expect({ field: field.name, nullable: acceptsNull }).toEqual({ field: field.name, nullable: !required });
    }
  });

  it('the test fixture follows the same figures contract', () => {
    const figures = readPkg(fixture('valid')).resources.find((r) => r.name === 'figures')!;
    expect(figures.schema.fields.map((f) => f.name)).toEqual(Object.keys(rowSchemas.figures.shape));
  });
});
