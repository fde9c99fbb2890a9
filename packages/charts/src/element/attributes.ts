/**
 * The one table from `<karabakh-chart>` attributes to chart options, with validation.
 * Pure (no DOM), so it is tested in Node. A bad value yields an error naming the attribute
 * and the value; the element shows it instead of a chart and logs it, and never throws.
 */
import { THEMES } from "../figure/contract.js";
import { MAX_HEIGHT, MAX_WIDTH, MIN_HEIGHT } from "../figure/options.js";
import { BUILT_IN_LOCALES, resolveLocale } from "../locales/registry.js";
import { PROJECTIONS } from "../reactions-map/options.js";
import { CHART_IDS, type ChartId } from "../registry.js";

/** Values of the `chart` attribute: the registry's chart ids. */
export type ElementChart = ChartId;

/** A rejected attribute value; `message` names the attribute and the value. */
export class AttributeError extends Error {
  constructor(
    readonly attribute: string,
    readonly value: string | null,
    expected: string,
  ) {
    super(
      value === null
        ? `missing attribute ${attribute} (expected ${expected})`
        : `invalid attribute ${attribute}="${value}" (expected ${expected})`,
    );
    this.name = "AttributeError";
  }
}

interface AttributeSpec {
  /** The chart option it sets. */
  readonly option: string;
  /** Charts the attribute applies to; absent = every chart. */
  readonly charts?: readonly ElementChart[];
  /** Converts the attribute text; throws AttributeError. `chart` is already valid. */
  readonly parse: (value: string, attribute: string, chart: ElementChart) => unknown;
}

function oneOf<const T extends readonly string[]>(allowed: T) {
  return (value: string, attribute: string): T[number] => {
    if (!allowed.includes(value)) throw new AttributeError(attribute, value, `one of ${allowed.join(", ")}`);
    return value;
  };
}

function boolean(value: string, attribute: string): boolean {
  if (value === "true" || value === "") return true;
  if (value === "false") return false;
  throw new AttributeError(attribute, value, `"true" or "false"`);
}

/** A list separated by commas or spaces ("ARM, AZE" or "ARM AZE"); ids are the chart's to check. */
function list(value: string): string[] {
  return value.split(/[\s,]+/).filter((s) => s !== "");
}

/**
 * A vocabulary id ("offensive", "killed"): any kebab-case id; the chart checks it against the
 * story's vocabulary and its error is shown with this attribute's name.
 */
function id(value: string, attribute: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
    throw new AttributeError(attribute, value, "a kebab-case id");
  return value;
}

function integer(min: number, max: number, example: number) {
  return (value: string, attribute: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new AttributeError(
        attribute,
        value,
        `a whole number of CSS px from ${min} to ${max}, e.g. ${example}`,
      );
    return n;
  };
}

function text(value: string): string {
  return value;
}

/**
 * Attribute name → option. `lang` and `chart` are read separately (they select the locale and
 * the chart function); everything here is passed to the chart as an option.
 * Kept literal (`satisfies`) so that `KarabakhChartAttributes` is derived from it.
 */
const TABLE = {
  theme: { option: "theme", parse: oneOf(THEMES) },
  width: { option: "width", parse: integer(1, MAX_WIDTH, 640) },
  height: { option: "height", parse: integer(MIN_HEIGHT, MAX_HEIGHT, 400) },
  legend: { option: "legend", parse: boolean },
  highlight: { option: "highlight", parse: list },
  "chart-title": { option: "title", parse: text },
  subtitle: { option: "subtitle", parse: text },
  // One note per line: an attribute cannot hold a list any other way without a syntax to learn.
  notes: {
    option: "notes",
    parse: (value) =>
      value
        .split("\n")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
  },
  "data-link": { option: "dataLink", parse: boolean },
  incident: { option: "incident", charts: ["casualties"], parse: id },
  metric: { option: "metric", charts: ["casualties", "refugees"], parse: id },
  annotations: {
    option: "annotations",
    charts: ["refugees"],
    // "true"/"false", or event ids (checked by the chart against its timeline).
    parse: (value, attribute) =>
      value === "true" || value === "false" ? boolean(value, attribute) : list(value),
  },
  population: { option: "population", charts: ["refugees"], parse: boolean },
  inset: { option: "inset", charts: ["reactions"], parse: boolean },
  "small-state-dots": { option: "smallStateDots", charts: ["reactions"], parse: boolean },
  categories: { option: "categories", charts: ["reactions"], parse: list },
  projection: { option: "projection", charts: ["reactions"], parse: oneOf(PROJECTIONS) },
} as const satisfies Readonly<Record<string, AttributeSpec>>;

/** Names of the attributes that set a chart option (`chart` and `lang` aside). */
export type OptionAttribute = keyof typeof TABLE;

export const ATTRIBUTES: Readonly<Record<OptionAttribute, AttributeSpec>> = TABLE;

/**
 * What an attribute accepts from markup or from a framework template, given the option value
 * it parses to: frameworks write numbers as text, and `true`/`false` as a present/absent
 * attribute (`""` parses as `true`); lists are written as text (comma- or line-separated).
 */
type AttributeValue<T> = T extends boolean
  ? boolean | "true" | "false" | ""
  : T extends number
    ? number | `${number}`
    : T extends readonly unknown[]
      ? string
      : T;

/**
 * The attributes of `<karabakh-chart>`, as the framework declarations
 * (`@karabakh2023/charts/react`, `/svelte`, `/vue`) give them to templates: `chart` is required
 * and one of `ElementChart`; every other attribute is optional, with the values its parser takes.
 */
export type KarabakhChartAttributes = {
  /** The chart to draw. */
  chart: ElementChart;
  /**
   * Language of the chart, a BCP 47 tag with a message table (`"fr-FR"` reads the `fr` table);
   * without it, the nearest ancestor's, else English.
   */
  lang?: string;
  /** URL of a JSON (Story or records) or CSV (records) file drawn instead of the built-in story. */
  src?: string;
  /** `"same"`: `src` must be on the page's own origin. */
  "src-origin"?: "same";
} & { [A in OptionAttribute]?: AttributeValue<ReturnType<(typeof TABLE)[A]["parse"]>> };

/**
 * Every attribute the element reacts to. `src` (the URL of a JSON or CSV data file) and
 * `src-origin` ("same": only the page's own origin) are read by the element itself: they select
 * the data, not an option.
 */
export const OBSERVED_ATTRIBUTES = ["chart", "lang", "src", "src-origin", ...Object.keys(ATTRIBUTES)];

export interface ElementConfig {
  readonly chart: ElementChart;
  readonly options: Record<string, unknown>;
  /** Attributes present that the chart does not use (reported, not applied). */
  readonly ignored: readonly string[];
}

/**
 * Reads the chart and its options from attributes. `inheritedLang` is the nearest ancestor's
 * `lang` (the article's language), used when the element has none of its own.
 * Throws AttributeError on the first invalid attribute.
 */
export function readConfig(
  getAttribute: (name: string) => string | null,
  inheritedLang?: string,
): ElementConfig {
  const chartValue = getAttribute("chart");
  if (chartValue === null) throw new AttributeError("chart", null, `one of ${CHART_IDS.join(", ")}`);
  const chart = oneOf(CHART_IDS)(chartValue.trim(), "chart") as ElementChart;

  const options: Record<string, unknown> = { locale: readLocale(getAttribute("lang"), inheritedLang) };
  const ignored: string[] = [];
  for (const [attribute, spec] of Object.entries(ATTRIBUTES)) {
    const value = getAttribute(attribute);
    if (value === null) continue;
    if (spec.charts && !spec.charts.includes(chart)) {
      ignored.push(attribute);
      continue;
    }
    options[spec.option] = spec.parse(value.trim(), attribute, chart);
  }
  return { chart, options, ignored };
}

/**
 * The locale of the element: its own `lang`, else the nearest ancestor's (the article's, up to
 * `<html lang>`), else English. Any BCP 47 tag with a message table (built in, or registered
 * with `registerLocale()`), resolved like the `locale` option ("fr-CA" → fr); a language with
 * no table is an error on the chart, never English in its place.
 */
function readLocale(own: string | null, inherited: string | undefined): string {
  const value = (own ?? inherited)?.trim();
  // lang="" says "language unknown" (HTML): the charts' default.
  if (value === undefined || value === "") return "en";
  try {
    return resolveLocale(value).tag;
  } catch {
    throw new AttributeError(
      own === null ? "lang (inherited from an ancestor)" : "lang",
      value,
      `a language tag with a message table: ${BUILT_IN_LOCALES.join(", ")}, or one registered with registerLocale()`,
    );
  }
}

/**
 * The attribute that holds an option, for errors thrown by a chart ("invalid annotations: …")
 * so the element can name what the page author wrote.
 */
export function attributeOfOption(option: string): string | undefined {
  if (option === "locale") return "lang";
  return Object.entries(ATTRIBUTES).find(([, spec]) => spec.option === option)?.[0];
}
