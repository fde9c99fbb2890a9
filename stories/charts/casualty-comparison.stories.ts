import { type CasualtyComparisonOptions, casualtyComparison } from "@karabakh2023/charts";
import { CASUALTY_METRICS, INCIDENTS } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { examples } from "../../packages/charts/src/casualty-comparison/examples";
import { commonArgTypes, exampleStory } from "./common";

const defaultValue = (summary: string) => ({ defaultValue: { summary } });

const meta = {
  title: "Charts/Casualty comparison",
  argTypes: {
    incident: {
      control: "select",
      options: INCIDENTS,
      description:
        "Which incident's claims to compare: the offensive of 19–20 September, the mine blasts used as its pretext, the fuel depot explosion of 25 September…",
      table: {
        category: "Casualty comparison",
        type: { summary: "Incident" },
        ...defaultValue('"offensive"'),
      },
    },
    metric: {
      control: "select",
      options: CASUALTY_METRICS,
      description: "Which count: killed, wounded, missing, died during the exodus, bodies transferred.",
      table: {
        category: "Casualty comparison",
        type: { summary: "CasualtyMetric" },
        ...defaultValue('"killed"'),
      },
    },
    claimantNames: {
      control: "object",
      description:
        "Who each claimant id is (names in French and English), for the labels, tooltips and table.",
      table: {
        category: "Casualty comparison",
        type: { summary: "Claimant[]" },
        ...defaultValue("the dataset's claimants"),
      },
    },
    ...commonArgTypes,
  },
} satisfies Meta<CasualtyComparisonOptions>;
export default meta;

type Story = StoryObj<CasualtyComparisonOptions>;
const story = (name: keyof typeof examples, description: string): Story =>
  exampleStory(casualtyComparison, examples, name, description);

export const Default: Story = story(
  "dataset",
  "The dataset's claims for the offensive, killed, with every default.",
);
export const French: Story = story("fr", "In French: narrow no-break spaces, « au moins », French dates.");
export const English: Story = {
  ...story("dataset", "In English."),
  args: { locale: "en" },
};
export const Dark: Story = story("dark", "Dark theme.");
export const Mobile320: Story = {
  ...story("mobile-320", "320 px wide: labels above the bars instead of beside them."),
  name: "Mobile (320 px)",
};
export const Wounded: Story = story("dataset-wounded", 'metric: "wounded": the claimed numbers of wounded.');
export const FuelDepotExplosion: Story = story(
  "dataset-fuel-depot",
  'incident: "fuel-depot-explosion": the toll of the 25 September explosion as it grew, claim by claim.',
);
export const MineBlasts: Story = story(
  "mine-blasts",
  'incident: "pretext-mine-blasts": the 19 September mine blasts Azerbaijan gave as its reason.',
);
export const ExampleClaims: Story = story(
  "default",
  "A small custom set of claims of the same shape, with its own claimants and sources.",
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
export const UnusableRecords: Story = story(
  "warn-unusable-records",
  "Records that cannot be drawn (negative, NaN, unknown claimant) are warned about in the console and left out or shown by id, never silently.",
);
