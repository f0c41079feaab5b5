/**
 * Values the code declares (enum members: statuses, roles, event types) as a list of SQL string
 * literals to embed in a statement, e.g. `status IN (${sqlList(FUNDED_STATUSES)})`. What people
 * write never goes this way: it is a parameter ($1). A quote is doubled, so no value can end its
 * literal; a backslash (its meaning depends on the server's standard_conforming_strings) or a NUL
 * (PostgreSQL stores none) is refused, as is an empty list (`IN ()` is not SQL).
 */
export function sqlList(values: readonly string[]): string {
  if (!values.length) throw new Error('sqlList: no values (IN () is not SQL)');
  return values.map(sqlLiteral).join(', ');
}

function sqlLiteral(value: string): string {
  if (/[\\\0]/.test(value)) throw new Error(`sqlList: a backslash or NUL in ${JSON.stringify(value)}`);
  return `'${value.replaceAll("'", "''")}'`;
}
