import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../graphql/schema.js';
import { requestedCost } from './query-cost.js';

describe('requestedCost', () => {
  it('is remembered per document but follows the variables and the operation chosen', async () => {
    const schema = await buildAppSchema();
    const document = parse(`
      query Page($first: Int) { complaints(first: $first) { edges { node { id title } } } }
      query Me { me { user { id } } }`);
    const page = (first: number) => requestedCost(schema, document, { first }, 'Page');
    // 1 (complaints) + first × (edges 1 + node 1 + id 1 + title 1)
    expect(page(10)).toBe(41);
    expect(page(50)).toBe(201);
    expect(page(10)).toBe(41);
    expect(requestedCost(schema, document, { first: 50 }, 'Me')).toBe(3);
    // Another document with the same text is estimated on its own, with the same result.
    expect(requestedCost(schema, parse('query Page($first: Int) { complaints(first: $first) { edges { node { id } } } }'), { first: 50 }, 'Page')).toBe(151);
  });

  it('estimates large variables every time without keeping them', async () => {
    const schema = await buildAppSchema();
    const document = parse('query($first: Int, $pad: String) { complaints(first: $first, filter: { search: $pad }) { edges { node { id } } } }');
    const pad = 'x'.repeat(5000);
    expect(requestedCost(schema, document, { first: 20, pad }, undefined)).toBe(61);
    expect(requestedCost(schema, document, { first: 30, pad }, undefined)).toBe(91);
  });
});
