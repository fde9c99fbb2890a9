/**
 * The wiring of the default story: the one place chart code names the flagship dataset. Every
 * chart draws `defaultStory` when called without data; everything story-specific it shows comes
 * from the story it is given.
 */
export { karabakh as defaultStory } from "@karabakh2023/data";
