// Method 1: the web component, imported from the workspace package.
import "@karabakh2023/charts/element";
// Method 2: the iframe's parent-side resizer. The embed pages are served by this site, so the
// allowed origin is our own; a newsroom using our hosted pages passes that origin instead.
import { attachResizer } from "@karabakh2023/embed/resizer";

attachResizer({ origin: window.location.origin });
