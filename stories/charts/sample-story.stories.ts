/**
 * "Another story": the three charts drawing the illustrative sample story (invented parties,
 * places and figures; Europe/Warsaw, whose clocks go forward inside the window), to show that
 * nothing of the flagship story lives in chart code. Its data: packages/charts/src/sample-story.ts.
 */
import { CHARTS, type CommonOptions, sampleStory } from "@karabakh2023/charts";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { commonArgTypes } from "./common";

const meta = {
  title: "Another story (illustrative sample data)",
  argTypes: commonArgTypes,
  args: { locale: "en" },
  parameters: {
    docs: {
      description: {
        component:
          "The same three charts drawing a second, invented story: its own parties, incidents, categories, time zone (Europe/Warsaw, with the change to summer time on 27 March 2022 inside the window), map region and events. The figures are illustrative sample data, not real events, and every chart says so. Copy `sampleStory` as the template of a new story.",
      },
    },
  },
} satisfies Meta<CommonOptions>;
export default meta;

type Story = StoryObj<CommonOptions>;

export const Casualties: Story = {
  render: (args) => CHARTS.casualties.draw(sampleStory, args as Record<string, unknown>),
};
export const Displacement: Story = {
  render: (args) => CHARTS.refugees.draw(sampleStory, args as Record<string, unknown>),
};
export const Reactions: Story = {
  render: (args) => CHARTS.reactions.draw(sampleStory, args as Record<string, unknown>),
};
export const DisplacementFrench: Story = {
  ...Displacement,
  name: "Displacement (French)",
  args: { locale: "fr" },
};
