/**
 * The corpus against the contracts that decide "accept or reject" without drawing:
 * `validateDataset()` (every value injected into every field of its kind of a valid dataset) and
 * the iframe protocol (`parseHeightMessage`, and the parent-side resizer driven through a
 * stand-in window). Each must give exactly the corpus verdict, name the field and keep the
 * value, never run a trap and never pollute a prototype.
 */
import { validateDataset } from "@karabakh2023/data";
import { beforeEach, describe, expect, it } from "vitest";
import { parseHeightMessage } from "../../packages/embed/src/protocol.js";
import { attachResizer } from "../../packages/embed/src/resizer.js";
import { canary, type Entry, entriesOf, resetCanary } from "./corpus.js";
import { type BaseDataset, baseDataset } from "./fixtures.js";
import { expectNoPollution, prototypeKeys } from "./inert.js";
import { KNOWN_CONTRACT_BUGS } from "./known-bugs.js";

type Rec = Record<string, unknown>;
type Path = readonly [table: keyof BaseDataset, row: number, ...keys: string[]];

/** Where each kind of value goes in a dataset (table, row, then the keys down to the field). */
const FIELDS: Partial<Record<Entry["target"], readonly Path[]>> = {
  text: [
    ["sources", 0, "publisher"],
    ["sources", 0, "title"],
    ["claimants", 0, "name", "en"],
    ["casualties", 0, "note", "fr"],
    ["reactions", 0, "speaker", "en"],
    ["reactions", 1, "summary", "en"],
    ["events", 0, "label", "fr"],
    ["events", 0, "location"],
  ],
  url: [["sources", 0, "url"]],
  number: [
    ["casualties", 0, "value"],
    ["refugees", 1, "value"],
  ],
  date: [
    ["casualties", 1, "asOf"],
    ["refugees", 0, "date"],
    ["reactions", 2, "date"],
    ["events", 0, "date"],
    ["sources", 0, "accessed"],
  ],
  // Row 2 is France, a state: its code must be an ISO 3166-1 alpha-3 code.
  code: [["reactions", 2, "iso3"]],
};

const setOwn = (object: object, key: string, value: unknown) =>
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

function inject(dataset: BaseDataset, [table, row, ...keys]: Path, value: unknown): void {
  let record = (dataset[table] as unknown as Rec[])[row] as Rec;
  for (const key of keys.slice(0, -1)) {
    record[key] ??= { fr: "texte", en: "text" };
    record = record[key] as Rec;
  }
  setOwn(record, keys.at(-1) as string, value);
}

function validate(dataset: unknown) {
  const before = prototypeKeys();
  const result = validateDataset(dataset);
  expect(canary(), "the canary stays unset").toBeUndefined();
  expectNoPollution(before);
  return result;
}

beforeEach(() => resetCanary());

describe("validateDataset() gives the corpus verdict for every value in every field of its kind", () => {
  it("accepts the untouched fixture", () => {
    expect(validate(baseDataset())).toEqual({ ok: true, errors: [] });
  });

  for (const [target, paths] of Object.entries(FIELDS)) {
    for (const entry of entriesOf(target as Entry["target"])) {
      for (const path of paths ?? []) {
        const field = path.slice(2).join(".");
        it(`validateDataset(${path[0]}[${path[1]}].${field} = ${entry.id}) ${entry.expect === "reject" ? "rejects it, naming the field and the value" : "accepts it"}`, () => {
          const dataset = baseDataset();
          const value = entry.value();
          inject(dataset, path, value);
          const result = validate(dataset);
          if (entry.expect === "inert") {
            expect(result.errors).toEqual([]);
            return;
          }
          expect(result.ok).toBe(false);
          const error = result.errors.find(
            (e) => e.table === path[0] && e.row === path[1] && e.field === field,
          );
          expect(
            error,
            JSON.stringify(result.errors.map((e) => `${e.table}[${e.row}].${e.field}`)),
          ).toBeDefined();
          expect(Object.is(error?.value, value), "the error keeps the value as given").toBe(true);
          expect(error?.message).toMatch(/\S/);
        });
      }
    }
  }

  for (const entry of entriesOf("key")) {
    const key = entry.value() as string;
    it(`validateDataset rejects an own "${key}" key on a record and in a localized text, naming it`, () => {
      const dataset = baseDataset();
      const polluter = JSON.parse(`{"${key}": {"polluted": "yes"}}`)[key];
      for (const table of ["sources", "casualties", "refugees", "reactions", "events"] as const) {
        setOwn(dataset[table][0] as object, key, polluter);
      }
      setOwn(dataset.claimants[0]?.name as object, key, polluter);
      const result = validate(dataset);
      const fields = result.errors.map((e) => `${e.table}[${e.row}].${e.field}: ${e.message}`);
      for (const table of ["sources", "casualties", "refugees", "reactions", "events"]) {
        expect(fields).toContain(`${table}[0].${key}: unknown field`);
      }
      expect(fields).toContain(`claimants[0].name.${key}: unknown field (not a BCP 47 language tag)`);
      const named = result.errors.find((e) => e.table === "claimants" && e.field === `name.${key}`);
      expect(Object.is(named?.value, polluter), "the error keeps the value as given").toBe(true);
    });
    it(`validateDataset ${entry.expect === "reject" ? "rejects" : "accepts"} "${key}" as a claimant id`, () => {
      const dataset = baseDataset();
      const old = dataset.casualties[0]?.claimant;
      for (const c of dataset.claimants) if (c.id === old) setOwn(c, "id", key);
      for (const c of dataset.casualties) if (c.claimant === old) setOwn(c, "claimant", key);
      const result = validate(dataset);
      if (entry.expect === "inert") expect(result.errors).toEqual([]);
      else
        expect(result.errors.map((e) => `${e.table}.${e.field}=${String(e.value)}`)).toContain(
          `claimants.id=${key}`,
        );
    });
  }

  for (const entry of entriesOf("size").filter((e) => e.option === "rows" || e.option === "data")) {
    const bug = KNOWN_CONTRACT_BUGS[entry.id];
    const name = `validateDataset(casualties = ${entry.id}) ${entry.expect === "reject" ? "rejects it" : "accepts it"}`;
    (bug ? it.fails : it)(bug ? `${name} (known bug: ${bug})` : name, () => {
      const dataset = baseDataset() as unknown as Rec;
      const value = entry.value() as { $rows?: number };
      const template = (dataset.casualties as Rec[])[0] as Rec;
      dataset.casualties =
        typeof value?.$rows === "number"
          ? Array.from({ length: value.$rows }, (_, i) => ({ ...template, id: `claim-${i}` }))
          : value;
      const started = performance.now();
      const result = validate(dataset);
      expect(performance.now() - started, "validates 100 000 rows in seconds, not minutes").toBeLessThan(
        20_000,
      );
      if (entry.expect === "inert") expect(result.errors).toEqual([]);
      else {
        expect(result.ok).toBe(false);
        expect(result.errors.every((e) => e.table === "casualties")).toBe(true);
      }
    });
  }
});

describe("the iframe height protocol gives the corpus verdict for every message", () => {
  const TRUSTED = "https://charts.example.org";

  /** A stand-in parent window with one embed iframe, enough for attachResizer(). */
  function parentWindow() {
    const child = {};
    const attributes = new Map<string, string>([["height", "480"]]);
    const iframe = {
      contentWindow: child,
      style: { height: "" },
      setAttribute: (k: string, v: string) => attributes.set(k, v),
      getAttribute: (k: string) => attributes.get(k) ?? null,
    };
    let listener: ((event: MessageEvent) => void) | undefined;
    const view = {
      document: { querySelectorAll: () => [iframe] },
      addEventListener: (_: string, l: (event: MessageEvent) => void) => {
        listener = l;
      },
      removeEventListener: () => {
        listener = undefined;
      },
    };
    const post = (origin: string, data: unknown, source: unknown = child) =>
      listener?.({ origin, data, source } as unknown as MessageEvent);
    return { view: view as unknown as Window, iframe, post, other: {} };
  }

  for (const entry of entriesOf("message")) {
    const { origin, data } = entry.raw as { origin: string; data: unknown };
    it(`${entry.id}: ${entry.expect === "inert" ? `sets the iframe to ${entry.height} px` : "is ignored"}`, () => {
      const before = prototypeKeys();
      const { view, iframe, post, other } = parentWindow();
      const stop = attachResizer({ origin: TRUSTED, window: view });
      const value = (entry.value() as { data: unknown }).data;
      // The same data from another window of the right origin is always ignored.
      post(origin, value, other);
      expect(iframe.getAttribute("height")).toBe("480");
      post(origin, value);
      if (entry.expect === "inert") {
        expect(origin).toBe(TRUSTED);
        expect(parseHeightMessage(value)).toBeDefined();
        expect(iframe.getAttribute("height")).toBe(String(entry.height));
        expect(iframe.style.height).toBe(`${entry.height}px`);
      } else {
        expect(iframe.getAttribute("height")).toBe("480");
        expect(iframe.style.height).toBe("");
        if (origin === TRUSTED) expect(parseHeightMessage(value)).toBeUndefined();
      }
      stop();
      expect(canary(), "the canary stays unset").toBeUndefined();
      expectNoPollution(before);
      void data;
    });
  }
});
