import { jest } from '@jest/globals';
import { Field, ObjectType } from '@nestjs/graphql';
import type { Page } from '../search/keyset-pages.js';
import { Connection, toConnection } from './connection.js';

@ObjectType('SpecThing')
class ThingView {
  @Field() name: string;
}

@ObjectType('SpecThingConnection')
class ThingConnection extends Connection(ThingView, 'SpecThing', { totalCount: 'How many things.' }) {}

@ObjectType('SpecUncountedConnection')
class UncountedConnection extends Connection(ThingView, 'SpecUncounted') {}

const page = (rows: string[], hasNextPage: boolean, countAll: () => Promise<number>): Page<string> => ({
  rows,
  cursors: rows.map((r) => `cursor-${r}`),
  hasNextPage,
  countAll,
});
const view = (name: string) => Object.assign(new ThingView(), { name });

describe('toConnection', () => {
  it('pairs each row, turned into its node, with its cursor; the last cursor ends the page', () => {
    const connection = toConnection(
      ThingConnection,
      page(['a', 'b'], true, async () => 7),
      view,
    );
    expect(connection).toBeInstanceOf(ThingConnection);
    expect(connection.edges).toEqual([
      { cursor: 'cursor-a', node: view('a') },
      { cursor: 'cursor-b', node: view('b') },
    ]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: 'cursor-b' });
  });

  it('gives an empty page no end cursor', () => {
    const connection = toConnection(
      UncountedConnection,
      page([], false, async () => 0),
      view,
    );
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('counts only when totalCount is read, and only a connection declared with it has one', async () => {
    const countAll = jest.fn(async () => 42);
    const connection = toConnection(ThingConnection, page(['a'], false, countAll), view);
    expect(countAll).not.toHaveBeenCalled();
    expect(await (connection as unknown as { totalCount: Promise<number> }).totalCount).toBe(42);
    expect(countAll).toHaveBeenCalledTimes(1);
    expect('totalCount' in toConnection(UncountedConnection, page([], false, countAll), view)).toBe(false);
  });
});
