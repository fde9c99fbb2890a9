/**
 * What "nothing bad happens" means for a rendered figure, checked on the element tree a chart
 * returns (linkedom in Node; the same rules run in Chromium on the live DOM, see browser.test.ts):
 * no executable element, no event-handler attribute, no link that is not https (the chart's own
 * "Get the data" CSV is the one data: URL allowed, and only as text/csv), no script URL or CSS
 * url() outside the figure's own fragment references, and no JavaScript leftovers in the text a
 * reader sees (NaN, undefined, [object Object]).
 */
import { expect } from "vitest";

import { findProblems } from "./dom-check.js";

export { CSV_LINK, type Finding, FORBIDDEN_TAGS, findProblems } from "./dom-check.js";

export function expectInert(root: Element, injected: readonly string[] = []): void {
  expect(findProblems(root, injected)).toEqual([]);
}

/** Own keys of the built-in prototypes, to detect prototype pollution. */
export function prototypeKeys(): string {
  return [Object, Array, Function, String, Number, Boolean, Date, RegExp, Map, Set, Promise]
    .map((C) => `${C.name}:${Reflect.ownKeys(C.prototype).map(String).sort().join(",")}`)
    .join("|");
}

export function expectNoPollution(before: string): void {
  expect(prototypeKeys()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}
