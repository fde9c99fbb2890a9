/**
 * Right-to-left: the three charts in Arabic, drawn by `<karabakh-chart lang="ar">` from a story
 * given as the element's `data`. Arabic is not a built-in locale: the message table and the
 * story's Arabic texts are the test translations of tests/charts/fixtures/ (written by a
 * non-native writer, for a native speaker to check), registered here as a desk would register
 * its own table. The browser suite checks these stories in every engine (tests/browser/rtl.test.ts).
 */
import { type ChartId, registerLocale } from "@karabakh2023/charts";
import "@karabakh2023/charts/element";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { ar } from "../../tests/charts/fixtures/ar";
import { karabakhInArabic } from "../../tests/charts/fixtures/ar-story";

registerLocale("ar", ar);

interface Args {
  chart: ChartId;
  theme: "light" | "dark";
}

const meta = {
  title: "Right-to-left (Arabic test table)",
  argTypes: {
    chart: { control: "inline-radio", options: ["casualties", "refugees", "reactions"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: ({ chart, theme }) => {
    const element = document.createElement("karabakh-chart") as HTMLElement & { data: unknown };
    element.setAttribute("chart", chart);
    element.setAttribute("lang", "ar");
    element.setAttribute("theme", theme);
    element.data = karabakhInArabic;
    return element;
  },
  parameters: {
    docs: {
      description: {
        component:
          'A right-to-left locale: `registerLocale("ar", table)`, then `<karabakh-chart lang="ar">` (or any ancestor\'s `lang`). The figure says `dir="rtl"`: its text runs and aligns right to left, the legend, notes and the map\'s list mirror; the plot keeps its left-to-right time axis, with each Arabic label in a right-to-left run of its own. The Arabic here is a **test translation**, not a built-in table.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Casualties: Story = { args: { chart: "casualties", theme: "light" } };
export const Refugees: Story = { args: { chart: "refugees", theme: "light" } };
export const Reactions: Story = { args: { chart: "reactions", theme: "light" } };
export const ReactionsDark: Story = { name: "Reactions (dark)", args: { chart: "reactions", theme: "dark" } };
