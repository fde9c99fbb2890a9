/**
 * Cases of the matrix that fail because of a bug outside this suite's files that is not a
 * security bug (those are fixed, see the git log), keyed "<chart>/<entry id>", with the bug in a
 * line. They run as `it.fails`: when a bug is fixed its cases pass, `it.fails` turns red, and
 * the lines must be deleted here.
 */
export const KNOWN_BUGS: Readonly<Record<string, string>> = {
  // None open: e.g. "refugees/date-february-30": "refugeeCurve places 2023-02-30 on 2 March".
};

/** The same for the contract tests (contracts.test.ts), keyed by the test's entry id. */
export const KNOWN_CONTRACT_BUGS: Readonly<Record<string, string>> = {};
