/**
 * `@karabakh2023/charts/react`: registers `<karabakh-chart>` (as `@karabakh2023/charts/element`
 * does) and declares it in React 19's JSX, with its attributes typed from the element's own table.
 * Only the types come from React (`@types/react`, which a React app already has).
 *
 * @example
 * import "@karabakh2023/charts/react";
 * export const Exodus = () => <karabakh-chart chart="refugees" lang="fr" />;
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { KarabakhChart, KarabakhChartAttributes } from "./element/index.js";

export * from "./element/index.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "karabakh-chart": Omit<
        DetailedHTMLProps<HTMLAttributes<KarabakhChart>, KarabakhChart>,
        keyof KarabakhChartAttributes
      > &
        KarabakhChartAttributes;
    }
  }
}
