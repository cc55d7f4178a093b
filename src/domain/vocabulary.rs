//! `vocabulary!`: declares a closed set of words once (variant and id), deriving serde, clap's
//! `ValueEnum`, `FromStr`, `Display`, `ALL` and `IDS` from that one list.

use std::fmt;

/// A value that is not one of a vocabulary's words. Names the field's kind and the words allowed;
/// quotes the value only when it looks like an id (it may be text typed in the wrong place).
#[derive(Clone, PartialEq, Eq)]
pub struct UnknownValue {
    pub kind: &'static str,
    pub value: String,
    pub allowed: &'static [&'static str],
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id_like = !self.value.is_empty()
            && self.value.len() <= 32
            && self
                .value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let shown = if id_like { self.value.as_str() } else { "…" };
        write!(
            f,
            "`{shown}` is not a {}; use one of: {}",
            self.kind,
            self.allowed.join(", ")
        )
    }
}

/// `Debug` like `Display`: the value only when it looks like an id.
impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UnknownValue({self})")
    }
}

impl std::error::Error for UnknownValue {}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, clap::ValueEnum,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] #[value(name = $id)] $variant ),+
        }

        impl $name {
            /// Every word, in the order they are offered.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every id, in the same order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// The id as written in records, checklists, commands and message ids.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownValue;
            fn from_str(s: &str) -> Result<$name, Self::Err> {
                $name::from_id(s).ok_or_else(|| $crate::domain::UnknownValue {
                    kind: $kind,
                    value: s.to_owned(),
                    allowed: $name::IDS,
                })
            }
        }
    };
}
