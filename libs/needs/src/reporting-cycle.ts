/**
 * PoA national reports are filed every two years, in even years (the years of the Biennial
 * Meetings of States and Review Conferences). A reporting cycle runs from 1 January of an even
 * year to 31 December of the following odd year; a need stays valid until the end of the cycle
 * it was written in, unless the State says otherwise.
 */
export function endOfReportingCycle(date: string): string {
  const year = Number(date.slice(0, 4));
  return `${year % 2 === 0 ? year + 1 : year}-12-31`;
}
