/**
 * What every chart story shares: a story built from one of the chart's named examples (the
 * same inputs as its snapshot tests), and the controls of the options common to every chart.
 */

import { BUILT_IN_LOCALES, THEMES } from "@karabakh2023/charts";
// Every built-in table, so the locale control can offer them all.
import "@karabakh2023/charts/locales/en-US";
import "@karabakh2023/charts/locales/hy";
import "@karabakh2023/charts/locales/ru";
import type { ArgTypes, StoryObj } from "@storybook/html-vite";

/** The shape of the examples in packages/charts/src/<chart>/examples.ts. */
export interface Example<Data, Options> {
  readonly data?: Data;
  readonly options?: Options;
  readonly description?: string;
}

/**
 * A story drawing `examples[name]`: the example's options become the story's args (so the
 * controls start from them), its data is passed as is.
 */
export function exampleStory<Data, Options extends object>(
  chart: (data?: Data, options?: Options) => HTMLElement,
  examples: Readonly<Record<string, Example<Data, Options>>>,
  name: string,
  description?: string,
): StoryObj<Options> {
  const example = examples[name];
  if (example === undefined) throw new Error(`no example named "${name}"`);
  const text = description ?? example.description;
  return {
    args: { ...example.options } as Partial<Options>,
    render: (args) => chart(example.data, args as Options),
    ...(text ? { parameters: { docs: { description: { story: text } } } } : {}),
  };
}

const defaultValue = (summary: string) => ({ defaultValue: { summary } });

/** The reader name of each built-in locale other than en and fr (which each chart has stories of). */
const OTHER_LOCALES = { "en-US": "US English", hy: "Armenian", ru: "Russian" } as const;

/** One story per built-in locale beyond en and fr: `base` drawn in it. */
export function localeStories<T extends StoryObj<object>>(base: T): Record<string, T> {
  return Object.fromEntries(
    Object.entries(OTHER_LOCALES).map(([tag, name]) => [
      tag,
      { ...base, name: `${name} (${tag})`, args: { ...base.args, locale: tag } },
    ]),
  );
}

/** Controls and documentation of the options every chart accepts (CommonOptions). */
export const commonArgTypes: ArgTypes = {
  locale: {
    control: "inline-radio",
    options: BUILT_IN_LOCALES,
    description:
      "Language of everything a reader sees or hears: titles, labels, numbers, dates, summary. Any BCP 47 tag with a message table (registerLocale() adds one).",
    table: { category: "Common options", type: { summary: "string (BCP 47)" }, ...defaultValue('"en"') },
  },
  theme: {
    control: "inline-radio",
    options: THEMES,
    description: 'Colour theme; "auto" follows the reader\'s system setting (prefers-color-scheme).',
    table: {
      category: "Common options",
      type: { summary: '"light" | "dark" | "auto"' },
      ...defaultValue('"auto"'),
    },
  },
  width: {
    control: { type: "number", min: 280, max: 1400, step: 10 },
    description: "Fixed width in CSS px. Without it the chart follows its container and redraws on resize.",
    table: {
      category: "Common options",
      type: { summary: "number" },
      ...defaultValue("the container's width (640 on the server)"),
    },
  },
  title: {
    control: "text",
    description: "Replaces the default title. Text only: never parsed as HTML.",
    table: {
      category: "Common options",
      type: { summary: "string" },
      ...defaultValue("the chart's own title"),
    },
  },
  subtitle: {
    control: "text",
    description: "Replaces the default subtitle.",
    table: {
      category: "Common options",
      type: { summary: "string" },
      ...defaultValue("the chart's own subtitle"),
    },
  },
  notes: {
    control: "object",
    description: "Extra notes printed under the chart, one per item.",
    table: { category: "Common options", type: { summary: "string[]" }, ...defaultValue("[]") },
  },
  dataLink: {
    control: "boolean",
    description: 'Show the "Get the data (CSV)" link with exactly the plotted records.',
    table: { category: "Common options", type: { summary: "boolean" }, ...defaultValue("true") },
  },
  sources: {
    control: "object",
    description: "Source registry the records' `sources` ids are resolved in, for the source line.",
    table: {
      category: "Common options",
      type: { summary: "Source[]" },
      ...defaultValue("the dataset's sources"),
    },
  },
  idPrefix: {
    control: "text",
    description: "Prefix of the element ids the figure generates, so several charts on a page never clash.",
    table: { category: "Common options", type: { summary: "string" }, ...defaultValue("generated") },
  },
  nonce: {
    control: "text",
    description: "Content-Security-Policy nonce set on the <style> elements the chart adds.",
    table: { category: "Common options", type: { summary: "string" }, ...defaultValue("none") },
  },
  document: {
    control: false,
    description: "The document to render into: pass a linkedom or jsdom document to render on the server.",
    table: {
      category: "Common options",
      type: { summary: "Document" },
      ...defaultValue("the global document"),
    },
  },
};
