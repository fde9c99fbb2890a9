import { type ReactionsMapOptions, reactionsMap } from "@karabakh2023/charts";
import { karabakh, type Reaction } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { customReactions, exampleSources, examples } from "../../packages/charts/src/reactions-map/examples";
import { PROJECTIONS } from "../../packages/charts/src/reactions-map/options";
import { chartArgTypes, exampleStory, localeStories } from "./common";

const meta = {
  title: "Charts/Reactions map",
  // Descriptions, types and defaults are generated from the options' JSDoc; only the controls are here.
  argTypes: chartArgTypes("reactions-map", {
    inset: { control: "boolean" },
    smallStateDots: { control: "boolean" },
    categories: { control: "check", options: karabakh.vocabulary.reactionCategories.map((c) => c.id) },
    projection: { control: "inline-radio", options: PROJECTIONS },
  }),
} satisfies Meta<ReactionsMapOptions>;
export default meta;

type Story = StoryObj<ReactionsMapOptions>;
const story = (name: string, description: string): Story =>
  exampleStory(reactionsMap, examples, name, description);

export const Default: Story = story("default", "The dataset's reactions with every default.");
export const French: Story = story("fr", "In French: country names from the ISO library, French labels.");
export const English: Story = { ...story("default", "In English."), args: { locale: "en" } };
export const Dark: Story = story("dark", "Dark theme: category colours keep at least 3:1 contrast.");
export const Mobile320: Story = {
  ...story("mobile320", "320 px wide: the inset and the list stack below the map."),
  name: "Mobile (320 px)",
};
export const NoInset: Story = story("noInset", "Without the region inset.");
export const NoDots: Story = story(
  "noDots",
  "Without dots on small states; the states the map lacks are listed beside it.",
);
export const SomeCategories: Story = story(
  "categoriesSubset",
  "Only two categories coloured: the others are grey and left out of the legend and the list.",
);
export const Mercator: Story = story("mercator", "Mercator projection (areas distorted towards the poles).");
export const Empty: Story = story("empty", "No reactions: an explicit message instead of an empty map.");
export const UnknownCodes: Story = story(
  "warnUnknownCodes",
  "Codes that match no map feature are listed beside the map and warned about, never dropped.",
);
export const HostileAndLongLabels: Story = {
  ...story(
    "hostile",
    "Names, summaries and sources carrying markup or formulas: shown as text, links filtered.",
  ),
  name: "Hostile and very long labels",
};
export const CustomDataset: Story = story("custom", "A custom dataset of the same shape.");
export const Highlight: Story = story(
  "highlight",
  '`highlight: ["FRA", "TUR"]`: the two are outlined, the others faded; the summary names them.',
);
export const NoLegend: Story = story(
  "noLegend",
  "`legend: false`: the summary and table still name every category.",
);
export const FixedHeight: Story = {
  ...story("height", "`height: 200`: the map is 200 px tall, the world scaled to fit it, centred."),
  name: "Fixed height (200 px)",
};
export const SampleStory: Story = {
  ...story(
    "sample-story",
    "The illustrative second story (invented positions): its own categories, titles, note and region inset, and no word of the Karabakh story.",
  ),
  name: "Another story (sample data)",
};

const LONG = "Parliamentary Assembly of the Intergovernmental Organisation for Cooperation and Security ";
const longReactions: readonly Reaction[] = [
  ...customReactions,
  {
    ...(customReactions[5] as Reaction),
    id: "long-org",
    name: { en: LONG.repeat(3).trim(), fr: LONG.repeat(3).trim() },
    summary: { en: "A statement ".repeat(40).trim(), fr: "Une déclaration ".repeat(40).trim() },
  },
];

export const VeryLongLabels: Story = {
  args: {
    sources: exampleSources,
    title: "How the states and organisations of the world reacted to the offensive, ".repeat(3).trim(),
    subtitle: "A subtitle that keeps going ".repeat(8).trim(),
    notes: ["A very long note without a break: ".concat("x".repeat(200))],
  },
  render: (args) => reactionsMap(longReactions, args),
  parameters: {
    docs: {
      description: { story: "Very long names, title, subtitle and notes wrap; nothing overflows at 320 px." },
    },
  },
};

const locales = localeStories(story("default", "The dataset's defaults."));
export const USEnglish: Story = locales["en-US"] as Story;
export const Armenian: Story = locales.hy as Story;
export const Russian: Story = locales.ru as Story;
