import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Page } from '../search/keyset-pages.js';
import { PageInfo } from './page-info.js';

/** One row of a connection: the node and the cursor to continue after it. */
export interface Edge<N> {
  cursor: string;
  node: N;
}

/** What every connection holds, whatever its node type. */
export interface ConnectionShape<N> {
  edges: Edge<N>[];
  pageInfo: PageInfo;
  /** Counts every row the listing selects when asked (a separate query); see `totalCount`. */
  countAll: () => Promise<number>;
}

export interface ConnectionOptions {
  /**
   * Exposes `totalCount: Int!` with this description, counted only when a client asks for it.
   * Without it the connection has no total.
   */
  totalCount?: string;
}

/**
 * The Relay connection of a node type, for a listing read page by page (the NestJS code-first
 * pattern for generic types): declares `<name>Edge { cursor node }` and returns a class with
 * `edges pageInfo [totalCount]`, abstract for GraphQL (`isAbstract`), that the feature's
 * `@ObjectType('<name>Connection')` class extends. Build its value from a keyset page with
 * `toConnection`.
 */
export function Connection<N>(nodeType: Type<N>, name: string, options: ConnectionOptions = {}): Type<ConnectionShape<N>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<N> {
    @Field() cursor: string;
    @Field(() => nodeType) node: N;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType implements ConnectionShape<N> {
    @Field(() => [EdgeType]) edges: Edge<N>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    countAll: () => Promise<number>;
  }
  if (!options.totalCount) return ConnectionType as Type<ConnectionShape<N>>;

  @ObjectType({ isAbstract: true })
  class CountedConnectionType extends ConnectionType {
    /** A getter: read only when a client asks for the field, so the count runs only then. */
    @Field(() => Int, { description: options.totalCount })
    get totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return CountedConnectionType as Type<ConnectionShape<N>>;
}

/** A connection's value from one keyset page, each row turned into its node by `node`. */
export function toConnection<C extends ConnectionShape<N>, T, N>(type: new () => C, page: Page<T>, node: (row: T) => N): C {
  return Object.assign(new type(), {
    edges: page.rows.map((row, i) => ({ cursor: page.cursors[i], node: node(row) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    countAll: page.countAll,
  });
}
