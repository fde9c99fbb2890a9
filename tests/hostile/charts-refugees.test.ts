// The hostile corpus against the refugees chart in Node (linkedom); see matrix.ts.
import { chartMatrix } from "./matrix.js";

chartMatrix("refugees");
