/**
 * Entry of `dist/resizer.js`, the script a newsroom pastes once per page:
 * `<script src=".../resizer.js" data-origin="https://charts.example.org" defer></script>`.
 * The allowed origin comes only from the script's own `data-origin` attribute.
 */
import { attachResizer } from "./resizer.js";

const script = document.currentScript;
const origin = script?.getAttribute("data-origin");
try {
  attachResizer({ origin: origin ?? "" });
} catch (error) {
  // A broken snippet must be visible to whoever pastes it, not a silent no-op.
  console.error(`[@karabakh2023/embed/resizer] data-origin: ${(error as Error).message}`);
}
