// The hostile corpus against the casualties chart in Node (linkedom); see matrix.ts.
import { chartMatrix } from "./matrix.js";

chartMatrix("casualties");
