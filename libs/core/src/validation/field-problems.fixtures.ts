/** Helpers of the field checks' unit tests (`*-fields.spec.ts`). Test code only (not built). */

interface Problem {
  field: string;
  message: string;
}

/** Problems as field and English message (the reasons have tests of their own). */
export const plainProblems = <P extends Problem>(problems: P[]) => problems.map(({ field, message }) => ({ field, message }));

/** A check's result with its problems as field and English message. */
export const plainResult = <F, P extends Problem>({ fields, problems }: { fields: F; problems: P[] }) => ({ fields, problems: plainProblems(problems) });

/** The fields the problems name, in order. */
export const fieldsOf = <P extends Problem>(problems: P[]) => problems.map((p) => p.field);

/** The fields and reasons the problems name, in order. */
export const fieldsAndReasons = (problems: { field: string; reason: string }[]) => problems.map((p) => [p.field, p.reason]);

/** The message of the one problem about `field` (the test fails unless there is exactly one). */
export function messageFor<P extends Problem>(problems: P[], field: P['field']): string {
  const found = problems.filter((p) => p.field === field);
  expect(found).toHaveLength(1);
  return found[0].message;
}
