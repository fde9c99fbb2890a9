/**
 * Cases of the matrix that fail because of a bug outside this suite's files that is not a
 * security bug (those are fixed, see the git log), keyed "<chart>/<entry id>", with the bug in a
 * line. They run as `it.fails`: when a bug is fixed its cases pass, `it.fails` turns red, and
 * the lines must be deleted here.
 */

const bugs: Record<string, string> = {};
const add = (chart: string, ids: string[], bug: string) => {
  for (const id of ids) bugs[`${chart}/${id}`] = bug;
};
add(
  "refugees",
  ["option-claimant-names-markup-name"],
  "refugeeCurve accepts claimantNames entries whose name is not {fr, en} (casualtyComparison rejects them)",
);

export const KNOWN_BUGS: Readonly<Record<string, string>> = bugs;

/** The same for the contract tests (contracts.test.ts), keyed by the test's entry id. */
export const KNOWN_CONTRACT_BUGS: Readonly<Record<string, string>> = {
  "size-rows-sparse-array":
    "validateDataset accepts a sparse table (new Array(5)): forEach skips the holes, so five missing records raise no error",
};
