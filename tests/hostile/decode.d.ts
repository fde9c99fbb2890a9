/** Types of decode.js (plain JavaScript, shared with the Chromium page). */
export declare const CANARY: "__pwned";
export declare function decode(value: unknown): unknown;
