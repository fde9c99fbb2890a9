import { type ReactionsMapOptions, reactionsMap } from "@karabakh2023/charts";
import { REACTION_CATEGORIES, type Reaction } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { customReactions, exampleSources, examples } from "../../packages/charts/src/reactions-map/examples";
import { PROJECTIONS } from "../../packages/charts/src/reactions-map/options";
import { commonArgTypes, exampleStory } from "./common";

const defaultValue = (summary: string) => ({ defaultValue: { summary } });

const meta = {
  title: "Charts/Reactions map",
  argTypes: {
    inset: {
      control: "boolean",
      description:
        "Draw a Caucasus inset (Armenia, Azerbaijan, Georgia, eastern Turkey, northern Iran), where the belligerents are large enough to read.",
      table: { category: "Reactions map", type: { summary: "boolean" }, ...defaultValue("true") },
    },
    smallStateDots: {
      control: "boolean",
      description:
        "Dots on reacting states too small to see at the drawn width (Cyprus, Luxembourg…) and on those the 1:110m map lacks (the Holy See). Without them, states the map lacks are still listed beside it.",
      table: { category: "Reactions map", type: { summary: "boolean" }, ...defaultValue("true") },
    },
    categories: {
      control: "check",
      options: REACTION_CATEGORIES,
      description:
        "Which reaction categories get their colour; the others are drawn grey and left out of the legend, list, summary and table.",
      table: {
        category: "Reactions map",
        type: { summary: "ReactionCategory[]" },
        ...defaultValue("all five"),
      },
    },
    projection: {
      control: "inline-radio",
      options: PROJECTIONS,
      description: "World projection. Equal Earth keeps areas true, as a choropleth needs.",
      table: {
        category: "Reactions map",
        type: { summary: PROJECTIONS.map((p) => `"${p}"`).join(" | ") },
        ...defaultValue('"equal-earth"'),
      },
    },
    ...commonArgTypes,
  },
} satisfies Meta<ReactionsMapOptions>;
export default meta;

type Story = StoryObj<ReactionsMapOptions>;
const story = (name: string, description: string): Story =>
  exampleStory(reactionsMap, examples, name, description);

export const Default: Story = story("default", "The dataset's reactions with every default.");
export const French: Story = story("fr", "In French: country names from the ISO library, French labels.");
export const English: Story = story("en", "In English.");
export const Dark: Story = story("dark", "Dark theme: category colours keep at least 3:1 contrast.");
export const Mobile320: Story = {
  ...story("mobile320", "320 px wide: the inset and the list stack below the map."),
  name: "Mobile (320 px)",
};
export const NoInset: Story = story("noInset", "Without the Caucasus inset.");
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
