import { expect, test } from "vitest";
import { readConfig } from "../../packages/charts/src/element/attributes.js";
import { ATTRIBUTES, AttributeError } from "../../packages/charts/src/element/index.js";

const attrs = (record: Record<string, string>) => (name: string) => record[name] ?? null;

test('<karabakh-chart chart="refugees" lang="fr" theme="dark" annotations="false"> maps to refugeeCurve options', () => {
  const config = readConfig(
    attrs({ chart: "refugees", lang: "fr", theme: "dark", annotations: "false", width: "480" }),
  );
  expect(config).toEqual({
    chart: "refugees",
    options: { locale: "fr", theme: "dark", annotations: false, width: 480 },
    ignored: [],
  });
});

test("every attribute maps to a distinct option", () => {
  const options = Object.values(ATTRIBUTES).map((a) => a.option);
  expect(new Set(options).size).toBe(options.length);
});

test("lists, booleans and per-chart enums are parsed", () => {
  expect(
    readConfig(
      attrs({ chart: "reactions", categories: "condemns-azerbaijan, supports-azerbaijan", inset: "false" }),
    ).options,
  ).toMatchObject({ categories: ["condemns-azerbaijan", "supports-azerbaijan"], inset: false });
  expect(readConfig(attrs({ chart: "casualties", metric: "wounded" })).options.metric).toBe("wounded");
  expect(readConfig(attrs({ chart: "refugees", metric: "registered" })).options.metric).toBe("registered");
});

test("lang is the element's own, else the article's (nearest ancestor), else English; any tag with a table", () => {
  expect(readConfig(attrs({ chart: "refugees" }), "fr-FR").options.locale).toBe("fr-FR");
  expect(readConfig(attrs({ chart: "refugees" })).options.locale).toBe("en");
  expect(readConfig(attrs({ chart: "refugees", lang: "EN-gb" }), "fr").options.locale).toBe("en-GB");
  expect(readConfig(attrs({ chart: "refugees", lang: "hy" }), "fr").options.locale).toBe("hy");
  expect(readConfig(attrs({ chart: "refugees" }), "ru-RU").options.locale).toBe("ru-RU");
  expect(readConfig(attrs({ chart: "refugees" }), "en-US").options.locale).toBe("en-US");
});

test("an article in a language without a table gets an error on the chart, not English", () => {
  expect(() => readConfig(attrs({ chart: "refugees" }), "de")).toThrow(
    'invalid attribute lang (inherited from an ancestor)="de" (expected a language tag with a message table: en, en-US, fr, hy, ru, or one registered with registerLocale())',
  );
});

test("attributes of another chart are reported, not applied", () => {
  const config = readConfig(attrs({ chart: "refugees", incident: "offensive" }));
  expect(config.ignored).toEqual(["incident"]);
  expect(config.options).not.toHaveProperty("incident");
});

test.each([
  [{}, "missing attribute chart (expected one of casualties, refugees, reactions)"],
  [{ chart: "pie" }, 'invalid attribute chart="pie" (expected one of casualties, refugees, reactions)'],
  [
    { chart: "refugees", lang: "de" },
    'invalid attribute lang="de" (expected a language tag with a message table',
  ],
  [{ chart: "refugees", lang: "fr_FR!" }, 'invalid attribute lang="fr_FR!"'],
  [{ chart: "refugees", theme: "sepia" }, 'invalid attribute theme="sepia"'],
  [{ chart: "refugees", width: "50%" }, 'invalid attribute width="50%"'],
  // A well-formed id is the chart's to check against the story (the element then names the
  // attribute); an id that cannot be one is refused here.
  [{ chart: "casualties", metric: "Killed!" }, 'invalid attribute metric="Killed!"'],
  [{ chart: "reactions", inset: "yes" }, 'invalid attribute inset="yes"'],
  [{ chart: "reactions", height: "10" }, 'invalid attribute height="10"'],
  [{ chart: "reactions", legend: "no" }, 'invalid attribute legend="no"'],
])("%j is rejected with a message naming the attribute and value", (record, message) => {
  expect(() => readConfig(attrs(record as Record<string, string>))).toThrow(AttributeError);
  expect(() => readConfig(attrs(record as Record<string, string>))).toThrow(message);
});
