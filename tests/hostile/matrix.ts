/**
 * The table-driven core of the Node suite: every corpus entry that has a place in a chart is
 * injected into that chart's call (inject.ts), the chart runs in a linkedom document, and the
 * result must be inert (inert.ts) and must either draw the value as text or reject it with an
 * error or warning naming the field or option. One test file per chart calls `chartMatrix()`,
 * so vitest runs the three in parallel.
 */
import { CHARTS as REGISTRY } from "@karabakh2023/charts";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type ChartName, canary, corpus, type Entry, resetCanary } from "./corpus.js";
import { expectInert, expectNoPollution, prototypeKeys } from "./inert.js";
import { type ChartCall, inject } from "./inject.js";
import { KNOWN_BUGS } from "./known-bugs.js";

type Chart = (data: unknown, options: unknown) => HTMLElement;

export const CHARTS = Object.fromEntries(
  Object.entries(REGISTRY).map(([id, entry]) => [id, entry.draw as Chart]),
) as Record<ChartName, Chart>;

export function newDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

function unprintable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** How the value of an error message may appear: as is, or JSON-quoted. */
function mentions(message: string, value: unknown): boolean {
  if (typeof value === "string") {
    // Long or unprintable values are cut or escaped in messages: naming the field is enough.
    if (value.length > 40 || [...value].some((c) => unprintable(c))) return true;
    return message.includes(value) || message.includes(JSON.stringify(value));
  }
  if (typeof value === "number") return message.includes(Object.is(value, -0) ? "0" : String(value));
  // Objects, arrays, null, booleans are described by their type, never dumped (or coerced).
  return true;
}

interface Outcome {
  readonly figure?: HTMLElement;
  readonly error?: Error;
  readonly warnings: readonly string[];
}

function run(chart: ChartName, call: ChartCall, warn: ReturnType<typeof vi.spyOn>): Outcome {
  try {
    const figure = CHARTS[chart](call.data, call.options);
    return { figure, warnings: warn.mock.calls.map((c: unknown[]) => String(c[0])) };
  } catch (error) {
    return { error: error as Error, warnings: warn.mock.calls.map((c: unknown[]) => String(c[0])) };
  }
}

const NUMBER = new Intl.NumberFormat("en-GB");

/** Checks what an entry promises, beyond inertness; see the corpus comment. */
function checkExpectation(entry: Entry, call: ChartCall, out: Outcome): void {
  const { figure, error, warnings } = out;
  const named = (text: string) => call.field.split("|").some((f) => text.includes(f));
  const warnedAbout = warnings.some(
    (w) => named(w) && (call.recordId === undefined || w.includes(call.recordId)),
  );
  const rejectedWithError = () => {
    expect(error, "expected an error").toBeInstanceOf(Error);
    expect(error?.name).toMatch(/^(TypeError|RangeError)$/);
    expect(named(error?.message ?? ""), `"${error?.message}" names ${call.field}`).toBe(true);
    // A text value is checked inside a record or list; the error names that, not the value.
    if (entry.target !== "text")
      expect(mentions(error?.message ?? "", call.value), `"${error?.message}" names the value`).toBe(true);
  };
  switch (entry.target) {
    case "text": {
      // A blank text ("reject" in the corpus) may be drawn as is from the options, or refused
      // with an error naming the field: the story's own texts (its zone name) must not be empty.
      if (typeof call.value !== "string" || (entry.expect === "reject" && error)) {
        rejectedWithError();
        return;
      }
      expect(error).toBeUndefined();
      // Drawn as text: the title is exactly the value, and the data field shows it too.
      expect(figure?.querySelector(".k23-title")?.textContent).toBe(call.value);
      if (call.value.trim() !== "") {
        expect((figure?.textContent ?? "").split(call.value).length - 1).toBeGreaterThanOrEqual(2);
      }
      return;
    }
    case "url": {
      if (typeof call.value !== "string") {
        rejectedWithError();
        return;
      }
      expect(error).toBeUndefined();
      const links = [...(figure?.querySelectorAll("a") ?? [])].filter(
        (a) => a.textContent === call.publisher,
      );
      const plain = (figure?.querySelector(".k23-sources")?.textContent ?? "").includes(call.publisher ?? "");
      expect(plain, "the publisher is named in the source line").toBe(true);
      if (entry.link) {
        expect(links).toHaveLength(1);
        expect(links[0]?.getAttribute("href")).toMatch(/^https:\/\/\S+$/);
      } else expect(links).toHaveLength(0);
      return;
    }
    case "key":
      expect(error).toBeUndefined();
      expect(figure?.querySelector(".k23-message")).toBeNull();
      return;
    case "number":
    case "date":
    case "code": {
      if (entry.expect === "inert") {
        expect(error).toBeUndefined();
        expect(warnings.filter((w) => call.recordId !== undefined && w.includes(call.recordId))).toEqual([]);
        // -0 is a count of 0 and must read "0", never "-0".
        if (entry.target === "number")
          expect(figure?.textContent).toContain(
            NUMBER.format((call.value as number) === 0 ? 0 : (call.value as number)),
          );
        return;
      }
      if (error) {
        rejectedWithError();
        return;
      }
      if (entry.target === "code") {
        const report = (
          figure as unknown as { reactionsMap: { unmatched: { iso3: unknown }[]; invalid: unknown[] } }
        ).reactionsMap;
        const flagged = report.unmatched.some((u) => u.iso3 === call.value) || report.invalid.length > 0;
        expect(flagged, "the code is reported as unmatched or invalid").toBe(true);
        expect(warnings.some((w) => w.includes(String(call.value)) || w.includes("iso3"))).toBe(true);
        return;
      }
      // A string the chart does not understand may also be shown verbatim (inert text).
      const verbatim =
        typeof call.value === "string" &&
        call.value !== "" &&
        (figure?.textContent ?? "").includes(call.value);
      if (verbatim) return;
      expect(
        warnedAbout,
        `a warning names ${call.field} and record ${call.recordId}: ${warnings.join(" | ")}`,
      ).toBe(true);
      return;
    }
    case "size":
    case "option": {
      if (entry.expect === "inert") {
        expect(error).toBeUndefined();
        return;
      }
      if (error || entry.option !== "rows") {
        rejectedWithError();
        return;
      }
      // Unusable records: warned about, or an explicit message in the figure.
      const explicit = figure?.querySelector(".k23-message") !== null || warnings.length > 0;
      expect(explicit, "unusable records are warned about or announced in the figure").toBe(true);
      return;
    }
  }
}

export function chartMatrix(chart: ChartName): void {
  const entries = corpus.filter((e) => e.target !== "message");
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetCanary();
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe(`${chart}: every hostile input is drawn as inert text or rejected naming the field`, () => {
    let counter = 0;
    for (const entry of entries) {
      const document = newDocument();
      const tag = `h${++counter}`;
      const call = inject(entry, chart, document, tag);
      if (!call) continue;
      const bug = KNOWN_BUGS[`${chart}/${entry.id}`];
      (bug ? it.fails : it)(
        `${chart} ← ${entry.target} ${entry.id}${bug ? ` (known bug: ${bug})` : ""}`,
        () => {
          const before = prototypeKeys();
          const out = run(chart, call, warn);
          expect(canary(), "the canary stays unset").toBeUndefined();
          expectNoPollution(before);
          if (out.figure) expectInert(out.figure, call.injected);
          checkExpectation(entry, call, out);
        },
      );
    }
  });
}
