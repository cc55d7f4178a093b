//! Locales: lookup and fallback, review states, validation, `locales draft` and `locales check`,
//! and the translator's round trip (`locales export` / `locales import`).

mod locales;
mod workflow;
