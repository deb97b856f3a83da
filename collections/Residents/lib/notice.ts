/**
 * The version of the privacy notice (site/pages/privacy.tsx) a consent
 * refers to. Change it whenever the notice's substance changes, so every
 * recorded consent names the text the resident saw.
 */
export const PRIVACY_NOTICE_VERSION = '2026-12'
