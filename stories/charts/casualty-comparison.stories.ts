import { type CasualtyComparisonOptions, casualtyComparison } from "@karabakh2023/charts";
import { karabakh, termIds } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { examples } from "../../packages/charts/src/casualty-comparison/examples";
import { chartArgTypes, exampleStory, localeStories } from "./common";

const meta = {
  title: "Charts/Casualty comparison",
  // Descriptions, types and defaults are generated from the options' JSDoc; only the controls are here.
  argTypes: chartArgTypes("casualty-comparison", {
    incident: { control: "select", options: termIds(karabakh.vocabulary, "incidents") },
    metric: { control: "select", options: termIds(karabakh.vocabulary, "casualtyMetrics") },
    claimantNames: { control: "object" },
  }),
} satisfies Meta<CasualtyComparisonOptions>;
export default meta;

type Story = StoryObj<CasualtyComparisonOptions>;
const story = (name: keyof typeof examples, description: string): Story =>
  exampleStory(casualtyComparison, examples, name, description);

export const Default: Story = story(
  "default",
  "The shipped claims for the offensive, killed, with every default. The total across sides stands apart under a dashed rule.",
);
export const French: Story = story("fr", "In French: narrow no-break spaces, « au moins », French dates.");
export const English: Story = { ...story("default", "In English."), args: { locale: "en" } };
export const Dark: Story = story("dark", "Dark theme.");
export const Mobile320: Story = {
  ...story("mobile-320", "320 px wide: labels above the bars instead of beside them."),
  name: "Mobile (320 px)",
};
export const Wounded: Story = story("wounded", 'metric: "wounded": the claimed numbers of wounded.');
export const FuelDepotExplosion: Story = story(
  "fuel-depot",
  'incident: "fuel-depot-explosion": the toll of the 25 September explosion as it grew, claim by claim.',
);
export const MineBlasts: Story = story(
  "mine-blasts",
  'incident: "pretext-mine-blasts": the 19 September mine blasts Azerbaijan gave as its reason.',
);
export const Highlight: Story = story(
  "highlight",
  'highlight: ["artsakh-killed-223", "az-health-ministry"]: a claim id and a claimant id; the other bars are muted.',
);
export const NoLegend: Story = story("no-legend", "legend: false: no legend above the plot.");
export const FixedHeight: Story = story(
  "height-400",
  "height: 400: the rows spread over a fixed plot height.",
);
export const OneClaim: Story = story("one-claim", "A single claim.");
export const Empty: Story = story("empty", "No claims: an explicit message instead of an empty chart.");
export const NoClaimsForSelection: Story = story(
  "no-claims-for-selection",
  "Claims exist, but none for this incident and metric: the message says so.",
);
export const HostileAndLongLabels: Story = {
  ...story(
    "hostile",
    "Names and sources carrying markup or script, and names far too long: shown as text, wrapped, links filtered.",
  ),
  name: "Hostile and very long labels",
};
export const SampleStory: Story = story(
  "sample-story",
  "Another story (illustrative sample data): its own parties, incidents, metrics, categories and claimants, passed as a `Story`.",
);
export const SampleStoryFrench: Story = {
  ...story("sample-story-fr", "The sample story in French, 320 px wide."),
  name: "Sample story (French, 320 px)",
};
export const SampleStoryTally: Story = story(
  "sample-story-tally",
  "The sample story with a tally across incidents (an incident of role `aggregate`): drawn in its own group, never summed.",
);
export const UnusableRecords: Story = story(
  "warn-unusable-records",
  "Records that cannot be drawn (negative, NaN, unknown party, unknown claimant) are warned about in the console and named under the chart, never silently dropped.",
);
export const NothingDrawable: Story = story(
  "warn-nothing-drawable",
  "Another story's records passed without their vocabulary: the chart says what it left out and why.",
);

const locales = localeStories(story("default", "The dataset's defaults."));
export const USEnglish: Story = locales["en-US"] as Story;
export const Armenian: Story = locales.hy as Story;
export const Russian: Story = locales.ru as Story;
