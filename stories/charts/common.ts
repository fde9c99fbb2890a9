/**
 * What every chart story shares: a story built from one of the chart's named examples (the
 * same inputs as its snapshot tests), and the argTypes of its options (generated docs, controls).
 */

import { BUILT_IN_LOCALES, THEMES } from "@karabakh2023/charts";
// Every built-in table, so the locale control can offer them all.
import "@karabakh2023/charts/locales/en-US";
import "@karabakh2023/charts/locales/hy";
import "@karabakh2023/charts/locales/ru";
import type { ArgTypes, StoryObj } from "@storybook/html-vite";
import { optionDocs } from "./generated/option-docs";

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

/** The controls of the options every chart accepts (their documentation is generated). */
const COMMON_CONTROLS: Controls = {
  locale: { control: "inline-radio", options: BUILT_IN_LOCALES },
  theme: { control: "inline-radio", options: THEMES },
  width: { control: { type: "number", min: 280, max: 1400, step: 10 } },
  height: { control: { type: "number", min: 60, max: 4096, step: 10 } },
  title: { control: "text" },
  subtitle: { control: "text" },
  notes: { control: "object" },
  dataLink: { control: "boolean" },
  legend: { control: "boolean" },
  highlight: { control: "object" },
  sources: { control: "object" },
  idPrefix: { control: "text" },
  nonce: { control: "text" },
  document: { control: false },
};

/** One option's argType. */
type InputType = ArgTypes[string];

/** How an option is edited in Storybook's controls panel. */
type Controls = Readonly<Record<string, Partial<Pick<InputType, "control" | "options">>>>;

/**
 * A chart's argTypes: every option's description, type and default from
 * `generated/option-docs.ts` (generated from the options' JSDoc by scripts/options-docs.ts, so
 * the controls panel says what the README and the IDE say), with the controls given here. A
 * chart's own documentation of a common option (its `highlight`...) replaces the common one.
 */
export function chartArgTypes(
  folder: Exclude<keyof typeof optionDocs, "common">,
  controls: Controls,
): ArgTypes {
  return withControls(
    folder,
    { ...optionDocs.common, ...optionDocs[folder] },
    { ...COMMON_CONTROLS, ...controls },
  );
}

/** The argTypes of the options every chart accepts (CommonOptions), with their controls. */
export const commonArgTypes: ArgTypes = withControls("common", optionDocs.common, COMMON_CONTROLS);

function withControls(what: string, docs: Readonly<Record<string, InputType>>, controls: Controls): ArgTypes {
  for (const name of Object.keys(controls)) {
    if (!(name in docs))
      throw new Error(`${what} stories: a control for "${name}", which is no documented option`);
  }
  return Object.fromEntries(Object.entries(docs).map(([name, doc]) => [name, { ...doc, ...controls[name] }]));
}
