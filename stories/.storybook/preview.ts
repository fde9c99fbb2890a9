import type { Preview } from "@storybook/html-vite";

const preview: Preview = {
  parameters: {
    layout: "padded",
    controls: { expanded: true, sort: "none" },
    // Every axe violation is an error: the addon's panel shows it, and the browser suite
    // (tests/browser) fails on it.
    a11y: { test: "error" },
    options: {
      storySort: { order: ["Introduction", "Charts", "Data"] },
    },
  },
};

export default preview;
