/** Typed documents (TypedDocumentNode) for every operation in ./operations; pass them to any GraphQL client. */
export * from './generated/graphql.js';
