/**
 * The wiring of the default story: the one place chart code names the flagship dataset. Each chart
 * draws its default when called without data; everything story-specific it shows comes from the
 * story it is given.
 *
 * One function per chart, each holding only the tables that chart reads: a page with the bars
 * alone does not bundle the refugee counts, the reactions or the events (a bundler drops the
 * functions a page never calls). Functions, not constants, so the split script-tag files can load
 * the dataset after the code.
 */
import {
  casualties,
  claimants,
  events,
  reactions,
  refugees,
  type Story,
  sources,
  storyMeta,
} from "@karabakh2023/data";

const none = [] as const;

export const defaultCasualtiesStory = (): Story => ({
  ...storyMeta,
  sources,
  claimants,
  casualties,
  refugees: none,
  reactions: none,
  events: none,
});

export const defaultRefugeesStory = (): Story => ({
  ...storyMeta,
  sources,
  claimants,
  casualties: none,
  refugees,
  reactions: none,
  events,
});

export const defaultReactionsStory = (): Story => ({
  ...storyMeta,
  sources,
  claimants,
  casualties: none,
  refugees: none,
  reactions,
  events: none,
});
