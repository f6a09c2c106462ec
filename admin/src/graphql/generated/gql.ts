/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n      }\n      roles {\n        role\n        orgUnit {\n          id\n          name\n          level\n        }\n      }\n      rules\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrgUnits($first: Int, $after: String, $filter: OrgUnitFilter) {\n    orgUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          code\n          level\n          levelLabel\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnitById($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        id\n        name\n        code\n        level\n        levelLabel\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitByIdDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n      }\n      roles {\n        role\n        orgUnit {\n          id\n          name\n          level\n        }\n      }\n      rules\n    }\n  }\n": types.MeDocument,
    "\n  query OrgUnits($first: Int, $after: String, $filter: OrgUnitFilter) {\n    orgUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          code\n          level\n          levelLabel\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnitById($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        id\n        name\n        code\n        level\n        levelLabel\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.OrgUnitByIdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        name\n      }\n      roles {\n        role\n        orgUnit {\n          id\n          name\n          level\n        }\n      }\n      rules\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        name\n      }\n      roles {\n        role\n        orgUnit {\n          id\n          name\n          level\n        }\n      }\n      rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($first: Int, $after: String, $filter: OrgUnitFilter) {\n    orgUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          code\n          level\n          levelLabel\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($first: Int, $after: String, $filter: OrgUnitFilter) {\n    orgUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          code\n          level\n          levelLabel\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitById($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        id\n        name\n        code\n        level\n        levelLabel\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitById($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        id\n        name\n        code\n        level\n        levelLabel\n        parent {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;