/**
 * Puts one hostile value into the right place of a valid chart call: a record field, an option,
 * the data argument or the options argument itself. One call per (entry, chart); `undefined`
 * when the chart has no place for that kind of value (a country code in the casualty chart).
 */
import { type Claimant, karabakh, type Source, type Story } from "@karabakh2023/data";
import type { ChartName, Entry } from "./corpus.js";
import { allClaimants, allSources, baseCasualties, baseReactions, baseRefugees } from "./fixtures.js";

export interface ChartCall {
  readonly data: unknown;
  readonly options: unknown;
  /** The field or option a rejection must name. */
  readonly field: string;
  /** The decoded hostile value. */
  readonly value: unknown;
  /** Strings injected, for the checks (text that may legitimately appear in the output). */
  readonly injected: readonly string[];
  /** The id of the record the value went into, when it went into a record. */
  readonly recordId?: string;
  /** url entries: the publisher whose link is under test. */
  readonly publisher?: string;
}

type Rec = Record<string, unknown>;

const setOwn = (object: object, key: string, value: unknown) =>
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * The Karabakh story with every reader text of its own (vocabulary labels and nouns, the time
 * zone's name, the region's labels, the charts' titles) replaced by `value`, and `table` holding
 * `rows`: the story metadata is an input path like any record.
 */
function hostileStory(
  value: unknown,
  chart: ChartName,
  rows: Rec[],
  sources: Source[],
  claimants: Claimant[],
): Story {
  const text = { fr: value, en: value };
  const relabel = (list: readonly Rec[]) =>
    list.map((entry) => ({ ...entry, label: text, ...("noun" in entry ? { noun: text } : {}) }));
  const vocabulary = Object.fromEntries(
    Object.entries(karabakh.vocabulary).map(([kind, list]) => [kind, relabel(list as unknown as Rec[])]),
  );
  const table = chart === "casualties" ? "casualties" : chart === "refugees" ? "refugees" : "reactions";
  return {
    ...karabakh,
    // Its texts are French and English only (the Karabakh story also has hy and ru).
    locales: ["fr", "en"],
    sources,
    claimants,
    timeZone: { id: karabakh.timeZone.id, name: text },
    vocabulary,
    region: {
      ...(karabakh.region as NonNullable<Story["region"]>),
      label: text,
      point: { coordinates: [46.75, 39.82], label: text },
    },
    charts: {
      casualties: { title: text },
      refugees: { title: text, subtitle: text },
      reactions: { title: text, subtitle: text },
    },
    note: text,
    [table]: rows,
  } as unknown as Story;
}

function baseData(chart: ChartName, tag: string): Rec[] {
  const rows = (chart === "casualties"
    ? baseCasualties()
    : chart === "refugees"
      ? baseRefugees()
      : baseReactions()) as unknown as Rec[];
  // Unique ids per case: the charts warn once per distinct message, and every case must see its own.
  for (const r of rows) r.id = `${r.id}-${tag}`;
  return rows;
}

/** The record a value goes into: the first claim or count; for the map, the organisation or France. */
function target(chart: ChartName, rows: Rec[], purpose: "text" | "code" | "other"): Rec {
  const index = chart !== "reactions" ? 0 : purpose === "text" ? 1 : purpose === "code" ? 2 : 0;
  return rows[index] as Rec;
}

const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === "string")
      : [];

export function inject(
  entry: Entry,
  chart: ChartName,
  document: Document,
  tag: string,
): ChartCall | undefined {
  if (entry.target === "message") return undefined;
  if (entry.charts && !entry.charts.includes(chart)) return undefined;
  const value = entry.value();
  const data = baseData(chart, tag);
  const options: Rec = { document };
  const sources: Source[] = allSources();
  const claimants: Claimant[] = allClaimants();
  const call = (
    field: string,
    extra: Partial<ChartCall> = {},
    d: unknown = data,
    o: unknown = options,
  ): ChartCall => ({
    data: d,
    options: o,
    field,
    value,
    injected: strings(value),
    ...extra,
  });

  switch (entry.target) {
    case "text": {
      Object.assign(options, {
        title: value,
        subtitle: value,
        notes: [value],
        sources,
        claimantNames: claimants,
      });
      const record = target(chart, data, "text");
      const source = sources.find((s) => s.id === (record.sources as string[])[0]) as unknown as Rec;
      Object.assign(source, { publisher: value, title: value });
      if (chart === "reactions") {
        Object.assign(record, {
          name: { fr: value, en: value },
          speaker: { fr: value, en: value },
          summary: { fr: value, en: value },
        });
      } else {
        const claimant = claimants.find((c) => c.id === record.claimant) as unknown as Rec;
        claimant.name = { fr: value, en: value };
        if (chart === "refugees") record.note = { fr: value, en: value };
      }
      // The same value in every text of the story itself (vocabulary, zone, region, titles).
      // A non-string is rejected by whichever of these the chart checks first.
      return call(
        "title|subtitle|notes|claimantNames|sources|data",
        { recordId: record.id as string },
        hostileStory(value, chart, data, sources, claimants),
      );
    }
    case "url": {
      const record = target(chart, data, "other");
      const source = sources.find((s) => s.id === (record.sources as string[])[0]) as unknown as Rec;
      const publisher = `Publisher under test ${tag}`;
      Object.assign(source, { url: value, publisher });
      options.sources = sources;
      return call("url", { publisher, recordId: record.id as string });
    }
    case "key": {
      const key = value as string;
      const record = target(chart, data, "other");
      setOwn(record, key, { polluted: "yes" });
      if (chart === "reactions") record.id = key;
      else {
        record.claimant = key;
        claimants.push({
          id: key,
          name: { fr: `Source ${tag}`, en: `Source ${tag}` },
          sources: ["x"],
        } as never);
        options.claimantNames = claimants;
      }
      setOwn(options, key, { polluted: "yes" });
      return call(key, { recordId: record.id as string });
    }
    case "number": {
      if (chart === "reactions") return undefined;
      const record = target(chart, data, "other");
      record.value = value;
      return call("value", { recordId: record.id as string });
    }
    case "date": {
      const record = target(chart, data, "other");
      const field = chart === "casualties" ? "asOf" : "date";
      record[field] = value;
      return call(chart === "casualties" ? "asOf|as-of" : "date", { recordId: record.id as string });
    }
    case "code": {
      if (chart !== "reactions") return undefined;
      const record = target(chart, data, "code");
      record.iso3 = value;
      return call("iso3", { recordId: record.id as string });
    }
    case "size":
    case "option": {
      const option = entry.option as string;
      if (option === "rows") {
        // The map has no selection but its categories: colour two, leave the filler uncoloured.
        if (chart === "reactions") options.categories = ["belligerent-artsakh", "condemns-azerbaijan"];
        return call("data", {}, rows(chart, value, tag));
      }
      if (option === "data") return call("data", {}, value);
      if (option === "(options)") {
        if (value !== null && typeof value === "object" && !Array.isArray(value))
          setOwn(value, "document", document);
        return call("options", {}, data, value);
      }
      setOwn(options, option, value);
      if (chart === "reactions" && option === "sources") options.sources = value;
      return call(option);
    }
  }
}

/**
 * Data of a size entry. `{$rows: n}`: n records of the chart's table. When n is large, all but
 * a few hundred fall outside what the chart draws by its own selection (another incident, another
 * metric, a category not chosen), so the test measures the chart's handling of a huge table, not
 * the speed of linkedom at building a hundred thousand table rows.
 */
function rows(chart: ChartName, value: unknown, tag: string): unknown {
  const spec = (value as { $rows?: unknown }).$rows;
  if (typeof spec !== "number") return value;
  const base = baseData(chart, tag);
  const drawn = Math.min(spec, 300);
  const out: Rec[] = [];
  for (let i = 0; i < spec; i++) {
    const record: Rec = { ...(base[i % base.length] as Rec), id: `row-${i}-${tag}` };
    if (i >= drawn) {
      if (chart === "casualties") Object.assign(record, { incident: "exodus", metric: "died-during-exodus" });
      else if (chart === "refugees") record.metric = "registered";
      else record.category = "neutral-calls-for-peace";
    }
    out.push(record);
  }
  return out;
}
