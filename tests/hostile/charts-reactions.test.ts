// The hostile corpus against the reactions chart in Node (linkedom); see matrix.ts.
import { chartMatrix } from "./matrix.js";

chartMatrix("reactions");
