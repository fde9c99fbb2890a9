/** Types of dom-check.js (plain JavaScript, shared with the Chromium page). */
export interface Finding {
  readonly problem: string;
  readonly where: string;
}
export declare const FORBIDDEN_TAGS: readonly string[];
export declare const CSV_LINK: string;
/** Every problem found in `root` (empty when the figure is inert). */
export declare function findProblems(root: Element, injected?: readonly string[]): Finding[];
