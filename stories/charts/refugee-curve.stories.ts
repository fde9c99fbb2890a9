import { type RefugeeCurveOptions, refugeeCurve } from "@karabakh2023/charts";
import { events, REFUGEE_METRICS } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { examples } from "../../packages/charts/src/refugee-curve/examples";
import { commonArgTypes, exampleStory } from "./common";

const defaultValue = (summary: string) => ({ defaultValue: { summary } });

const meta = {
  title: "Charts/Refugee curve",
  argTypes: {
    metric: {
      control: "select",
      options: REFUGEE_METRICS,
      description: "Which count to draw.",
      table: {
        category: "Refugee curve",
        type: { summary: "RefugeeMetric" },
        ...defaultValue('"arrived-in-armenia"'),
      },
    },
    claimants: {
      control: "object",
      description:
        "Claimant ids whose counts are joined by the line. Every other claimant's counts stay separate, attributed markers.",
      table: {
        category: "Refugee curve",
        type: { summary: "ClaimantId[]" },
        ...defaultValue("the claimants speaking for Armenia"),
      },
    },
    otherClaimants: {
      control: "boolean",
      description: "Show the other claimants' counts (UNHCR…) as markers.",
      table: { category: "Refugee curve", type: { summary: "boolean" }, ...defaultValue("true") },
    },
    claimantNames: {
      control: "object",
      description: "Who each claimant id is, for the legend, tooltips and table.",
      table: {
        category: "Refugee curve",
        type: { summary: "Claimant[]" },
        ...defaultValue("the dataset's claimants"),
      },
    },
    annotations: {
      control: "multi-select",
      options: events.map((e) => e.id),
      description:
        "Events of the timeline drawn as annotations: true for the default four, false for none, or a list of event ids (an unknown id throws a RangeError).",
      table: {
        category: "Refugee curve",
        type: { summary: "boolean | string[]" },
        ...defaultValue("true: ceasefire, corridor-opened, fuel-depot-explosion, refugees-pass-100000"),
      },
    },
    events: {
      control: "object",
      description: "The timeline the annotation ids refer to.",
      table: {
        category: "Refugee curve",
        type: { summary: "TimelineEvent[]" },
        ...defaultValue("the dataset's events"),
      },
    },
    population: {
      control: "boolean",
      description:
        "A reference line for the pre-war population, labelled with the share that reached Armenia: true for the dataset's estimate, false for none, or a record of metric pre-war-population.",
      table: {
        category: "Refugee curve",
        type: { summary: "boolean | RefugeeCount" },
        ...defaultValue("true"),
      },
    },
    domain: {
      control: "object",
      description:
        "First and last day of the time axis, both included (Yerevan days), as ISO dates or Dates.",
      table: {
        category: "Refugee curve",
        type: { summary: "[IsoDate | Date, IsoDate | Date]" },
        ...defaultValue('["2023-09-19", "2023-10-04"]'),
      },
    },
    ...commonArgTypes,
  },
} satisfies Meta<RefugeeCurveOptions>;
export default meta;

type Story = StoryObj<RefugeeCurveOptions>;
const story = (name: string, description?: string): Story =>
  exampleStory(refugeeCurve, examples, name, description);

export const Default: Story = story("default");
export const French: Story = story("fr");
export const English: Story = story("en");
export const Dark: Story = story("dark");
export const Mobile320: Story = { ...story("mobile-320"), name: "Mobile (320 px)" };
export const NoAnnotations: Story = story("no-annotations");
export const SomeAnnotations: Story = {
  args: { annotations: ["offensive-begins", "corridor-opened", "refugees-pass-50000"] },
  render: (args) => refugeeCurve(undefined, args),
  parameters: { docs: { description: { story: "Annotations chosen by id from the timeline." } } },
};
export const NoPopulationLine: Story = story("no-population-line");
export const OnePoint: Story = story("one-point");
export const Empty: Story = story("empty");
export const HostileAndLongLabels: Story = { ...story("hostile"), name: "Hostile and very long labels" };
export const CustomDataset: Story = story("custom");
