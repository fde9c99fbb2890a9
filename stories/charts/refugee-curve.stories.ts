import { type RefugeeCurveOptions, refugeeCurve } from "@karabakh2023/charts";
import { events, karabakh, termIds } from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { examples } from "../../packages/charts/src/refugee-curve/examples";
import { chartArgTypes, exampleStory, localeStories } from "./common";

const meta = {
  title: "Charts/Refugee curve",
  // Descriptions, types and defaults are generated from the options' JSDoc; only the controls are here.
  argTypes: chartArgTypes("refugee-curve", {
    metric: { control: "select", options: termIds(karabakh.vocabulary, "refugeeMetrics") },
    claimants: { control: "object" },
    otherClaimants: { control: "boolean" },
    claimantNames: { control: "object" },
    annotations: { control: "multi-select", options: events.map((e) => e.id) },
    events: { control: "object" },
    population: { control: "boolean" },
    domain: { control: "object" },
  }),
} satisfies Meta<RefugeeCurveOptions>;
export default meta;

type Story = StoryObj<RefugeeCurveOptions>;
const story = (name: string, description?: string): Story =>
  exampleStory(refugeeCurve, examples, name, description);

export const Default: Story = story("default");
export const French: Story = story("fr");
export const English: Story = { ...story("default", "In English."), args: { locale: "en" } };
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
