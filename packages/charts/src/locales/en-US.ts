/** English reader text, US conventions: "Sep 21, 2023" (from Intl), "organization". */
import { en } from "./en.js";
import type { Messages } from "./messages.js";

const spellUS = (text: string) =>
  text.replace(/rganisation/g, "rganization").replace(/nrecognised/g, "nrecognized");

export const enUS: Messages = {
  ...en,
  intl: "en-US",
  labels: {
    ...en.labels,
    entityKind: { state: "State", organisation: "Organization", unrecognised: "Unrecognized entity" },
  },
  map: {
    ...en.map,
    title: spellUS(en.map.title),
    listTitle: spellUS(en.map.listTitle),
    entities: (kind, n) => spellUS(en.map.entities(kind, n)),
  },
};
