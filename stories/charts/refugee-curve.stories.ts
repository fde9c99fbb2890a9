import { type RefugeeCurveOptions, refugeeCurve } from "@karabakh2023/charts";
import { events, karabakh, termIds } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { examples } from "../../packages/charts/src/refugee-curve/examples";
import { commonArgTypes, exampleStory, localeStories } from "./common";

const defaultValue = (summary: string) => ({ defaultValue: { summary } });

const meta = {
  title: "Charts/Refugee curve",
  argTypes: {
    metric: {
      control: "select",
      options: termIds(karabakh.vocabulary, "refugeeMetrics"),
      description:
        "Which count to draw: an id of the story's vocabulary.refugeeMetrics (another id throws a RangeError listing the valid ones).",
      table: {
        category: "Refugee curve",
        type: { summary: "RefugeeMetric" },
        ...defaultValue('the first "cumulative" metric with counts ("arrived-in-armenia")'),
      },
    },
    claimants: {
      control: "object",
      description:
        "Claimant ids whose counts are joined by the line. Every other claimant's counts stay separate, attributed markers.",
      table: {
        category: "Refugee curve",
        type: { summary: "ClaimantId[]" },
        ...defaultValue("the claimant with the most counts and every claimant of its party"),
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
        ...defaultValue("the story's claimants"),
      },
    },
    annotations: {
      control: "multi-select",
      options: events.map((e) => e.id),
      description:
        "Events of the timeline drawn as annotations: true for the events with a chartLabel inside the window, false for none, or a list of event ids (an unknown id throws a RangeError).",
      table: {
        category: "Refugee curve",
        type: { summary: "boolean | string[]" },
        ...defaultValue("true: the story's events with a chartLabel"),
      },
    },
    events: {
      control: "object",
      description: "The timeline the annotation ids refer to.",
      table: {
        category: "Refugee curve",
        type: { summary: "TimelineEvent[]" },
        ...defaultValue("the story's events"),
      },
    },
    population: {
      control: "boolean",
      description:
        'A reference line for the population before the events, labelled with the share the main series reached: true for the story\'s count of a "population" metric (none when it has none), false for none, or a count record.',
      table: {
        category: "Refugee curve",
        type: { summary: "boolean | RefugeeCount" },
        ...defaultValue("true"),
      },
    },
    domain: {
      control: "object",
      description:
        "First and last day of the time axis, both included (days in the story's time zone), as ISO dates or Dates.",
      table: {
        category: "Refugee curve",
        type: { summary: "[IsoDate | Date, IsoDate | Date]" },
        ...defaultValue("the data's extent in whole local days (Karabakh: 20 Sept–4 Oct 2023)"),
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
export const Highlight: Story = story("highlight");
export const SampleStory: Story = { ...story("sample-story"), name: "Another story (sample data)" };

const locales = localeStories(story("default"));
export const USEnglish: Story = locales["en-US"] as Story;
export const Armenian: Story = locales.hy as Story;
export const Russian: Story = locales.ru as Story;
