//! Locales: lookup and fallback, review states, validation, `locales draft` and `locales check`.

mod locales;
