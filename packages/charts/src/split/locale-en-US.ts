/** Entry of `karabakh2023.locale-en-US.min.js`: the US English message table, handed to the core bundle. */
import { enUS } from "../locales/en-US.js";
import { LOCALES_GLOBAL } from "./globals.js";

const root = globalThis as Record<string, unknown>;
root[LOCALES_GLOBAL] = { ...(root[LOCALES_GLOBAL] as object | undefined), "en-US": enUS };
