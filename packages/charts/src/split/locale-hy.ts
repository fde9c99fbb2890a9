/** Entry of `karabakh2023.locale-hy.min.js`: the Armenian message table, handed to the core bundle. */
import { hy } from "../locales/hy.js";
import { LOCALES_GLOBAL } from "./globals.js";

const root = globalThis as Record<string, unknown>;
root[LOCALES_GLOBAL] = { ...(root[LOCALES_GLOBAL] as object | undefined), hy };
