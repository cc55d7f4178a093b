//! The keymap: which key does what, where. The footer and the help overlay are generated from it,
//! so they never drift from the keys that work. A TOML file can override any binding
//! (`docs/keymap.md`). Owns key parsing and lookup; never decides what a command does.

use std::collections::BTreeMap;
use std::fmt;

/// A key as the interface sees it: the code and whether Ctrl or Alt was held. Shift is part of
/// the character (`?`, `N`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum KeyCode {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }
    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }
    /// A printable character typed without Ctrl or Alt: goes into a text field when one has focus.
    pub fn typed_char(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if !self.ctrl && !self.alt => Some(c),
            _ => None,
        }
    }

    /// Parses `ctrl-l`, `alt-x`, `f1`, `enter`, `esc`, `tab`, `backtab`, `space`, `up`, `?`, `y`.
    pub fn parse(text: &str) -> Result<Key, KeymapError> {
        let bad = || KeymapError::BadKey(text.to_owned());
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') => {
                let n: u8 = f[1..].parse().map_err(|_| bad())?;
                if !(1..=12).contains(&n) {
                    return Err(bad());
                }
                KeyCode::F(n)
            }
            s => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                    _ => return Err(bad()),
                }
            }
        };
        Ok(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("^")?;
        }
        if self.alt {
            f.write_str("M-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) if self.ctrl => write!(f, "{}", c.to_ascii_uppercase()),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("S-Tab"),
            KeyCode::Backspace => f.write_str("Bksp"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
        }
    }
}

/// Where a binding applies. `Global` bindings work on every screen after unlock, also while a
/// text field has focus (so they must not be plain printable characters, except `?`, which
/// works only when no field has focus).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Context {
    Global,
    Queue,
    Question,
    Review,
    Partners,
}

impl Context {
    pub const ALL: [Context; 5] = [
        Context::Global,
        Context::Queue,
        Context::Question,
        Context::Review,
        Context::Partners,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Queue => "queue",
            Context::Question => "question",
            Context::Review => "review",
            Context::Partners => "partners",
        }
    }
}

/// What a key asks for. The same command may be bound to several keys.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Command {
    // Global.
    Help,
    Urgent,
    Stop,
    Pause,
    QuickLock,
    InterpreterView,
    SwitchLanguage,
    Back,
    // Queue.
    NewInterview,
    Open,
    Search,
    Quit,
    Up,
    Down,
    // Question.
    Yes,
    No,
    Unsure,
    Declined,
    Next,
    Previous,
    JumpSection,
    Note,
    Review,
    /// On the interpreter question: the same interpreter as in the last interview today.
    SameInterpreter,
    // Review.
    Decide,
    HandOff,
    // Referral packets (supervisors).
    Partners,
    Export,
    AddPartner,
    RemovePartner,
}

impl Command {
    pub const ALL: [Command; 30] = [
        Command::Help,
        Command::Urgent,
        Command::Stop,
        Command::Pause,
        Command::QuickLock,
        Command::InterpreterView,
        Command::SwitchLanguage,
        Command::Back,
        Command::NewInterview,
        Command::Open,
        Command::Search,
        Command::Quit,
        Command::Up,
        Command::Down,
        Command::Yes,
        Command::No,
        Command::Unsure,
        Command::Declined,
        Command::Next,
        Command::Previous,
        Command::JumpSection,
        Command::Note,
        Command::Review,
        Command::SameInterpreter,
        Command::Decide,
        Command::HandOff,
        Command::Partners,
        Command::Export,
        Command::AddPartner,
        Command::RemovePartner,
    ];
    /// The id used in keymap files and in the `tui-cmd-<id>` message that names it on screen.
    pub fn id(self) -> &'static str {
        match self {
            Command::Help => "help",
            Command::Urgent => "urgent",
            Command::Stop => "stop",
            Command::Pause => "pause",
            Command::QuickLock => "quick-lock",
            Command::InterpreterView => "interpreter-view",
            Command::SwitchLanguage => "switch-language",
            Command::Back => "back",
            Command::NewInterview => "new",
            Command::Open => "open",
            Command::Search => "search",
            Command::Quit => "quit",
            Command::Up => "up",
            Command::Down => "down",
            Command::Yes => "yes",
            Command::No => "no",
            Command::Unsure => "unsure",
            Command::Declined => "declined",
            Command::Next => "next",
            Command::Previous => "previous",
            Command::JumpSection => "jump-section",
            Command::Note => "note",
            Command::SameInterpreter => "same-interpreter",
            Command::Review => "review",
            Command::Decide => "decide",
            Command::HandOff => "hand-off",
            Command::Partners => "partners",
            Command::Export => "export",
            Command::AddPartner => "add-partner",
            Command::RemovePartner => "remove-partner",
        }
    }
    pub fn from_id(id: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|c| c.id() == id)
    }
    /// Shown in the one-line footer (the help overlay shows every command).
    pub fn in_footer(self) -> bool {
        !matches!(
            self,
            Command::Up | Command::Down | Command::Back | Command::Previous
        )
    }
}

/// Why a keymap file was refused. Names the file's key, never guesses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("the keymap file is not valid TOML: {0}; fix the syntax (see docs/keymap.md)")]
    Syntax(String),
    #[error(
        "unknown section `[{0}]` in the keymap file; use global, queue, question, review or partners (see docs/keymap.md)"
    )]
    UnknownContext(String),
    #[error("unknown command `{1}` in `[{0}]`; the commands are listed in docs/keymap.md")]
    UnknownCommand(String, String),
    #[error(
        "cannot read the key `{0}`; write keys like `ctrl-l`, `alt-x`, `f1`, `enter`, `esc`, `space` or one character"
    )]
    BadKey(String),
    #[error("`{0}` in `[{1}]` must be a key or a list of keys, e.g. [\"ctrl-l\", \"f12\"]")]
    BadValue(String, String),
    #[error(
        "the key `{key}` is bound to both `{first}` and `{second}` where both apply; give one of them another key"
    )]
    Conflict {
        key: String,
        first: &'static str,
        second: &'static str,
    },
    #[error(
        "the global command `{0}` cannot be a plain character: it must work while typing an answer; use ctrl-, alt- or a function key"
    )]
    PlainGlobal(&'static str),
    #[error("the command `{0}` has no key left; every command needs at least one")]
    Unbound(&'static str),
}

/// The bindings: per context, each command with its keys in order of preference (the first is
/// the one the footer shows).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Keymap {
    bindings: BTreeMap<Context, Vec<(Command, Vec<Key>)>>,
}

/// The default bindings, as the keymap file would write them.
const DEFAULTS: &[(Context, Command, &[&str])] = &[
    (Context::Global, Command::Help, &["f1", "?"]),
    (Context::Global, Command::Urgent, &["ctrl-u"]),
    (Context::Global, Command::Stop, &["ctrl-x"]),
    (Context::Global, Command::Pause, &["ctrl-p"]),
    (Context::Global, Command::QuickLock, &["ctrl-l"]),
    (
        Context::Global,
        Command::InterpreterView,
        crate::platform::INTERPRETER_VIEW_KEYS,
    ),
    (Context::Global, Command::SwitchLanguage, &["ctrl-t"]),
    (Context::Global, Command::Back, &["esc"]),
    (Context::Queue, Command::NewInterview, &["n"]),
    (Context::Queue, Command::Open, &["enter"]),
    (Context::Queue, Command::Search, &["/"]),
    (Context::Queue, Command::Quit, &["q"]),
    (Context::Queue, Command::Up, &["up", "k"]),
    (Context::Queue, Command::Down, &["down", "j"]),
    (Context::Question, Command::Yes, &["y"]),
    (Context::Question, Command::No, &["n"]),
    (Context::Question, Command::Unsure, &["u", "alt-u"]),
    (Context::Question, Command::Declined, &["d", "alt-d"]),
    (
        Context::Question,
        Command::Next,
        &["enter", "right", "pagedown"],
    ),
    (Context::Question, Command::Previous, &["left", "pageup"]),
    (Context::Question, Command::JumpSection, &["ctrl-g", "s"]),
    (Context::Question, Command::Note, &["ctrl-n"]),
    (Context::Question, Command::SameInterpreter, &["a"]),
    (Context::Question, Command::Review, &["ctrl-r"]),
    (Context::Review, Command::Up, &["up", "k"]),
    (Context::Review, Command::Down, &["down", "j"]),
    (Context::Review, Command::Decide, &["enter"]),
    (Context::Review, Command::HandOff, &["ctrl-o"]),
    (Context::Review, Command::Export, &["ctrl-e"]),
    (Context::Queue, Command::Partners, &["p"]),
    (Context::Partners, Command::AddPartner, &["a"]),
    (Context::Partners, Command::RemovePartner, &["d", "delete"]),
    (Context::Partners, Command::Up, &["up", "k"]),
    (Context::Partners, Command::Down, &["down", "j"]),
];

impl Default for Keymap {
    fn default() -> Keymap {
        let mut bindings: BTreeMap<Context, Vec<(Command, Vec<Key>)>> = BTreeMap::new();
        for (ctx, cmd, keys) in DEFAULTS {
            let keys = keys
                .iter()
                .map(|k| Key::parse(k).expect("default keys parse"))
                .collect();
            bindings.entry(*ctx).or_default().push((*cmd, keys));
        }
        Keymap { bindings }
    }
}

impl Keymap {
    /// The defaults with the bindings of a keymap file laid over them. A command named in the
    /// file gets exactly the keys the file gives it.
    pub fn with_overrides(toml_text: &str) -> Result<Keymap, KeymapError> {
        let table: toml::Table =
            toml::from_str(toml_text).map_err(|e| KeymapError::Syntax(e.message().to_owned()))?;
        let mut map = Keymap::default();
        for (section, value) in &table {
            let ctx = Context::ALL
                .into_iter()
                .find(|c| c.id() == section)
                .ok_or_else(|| KeymapError::UnknownContext(section.clone()))?;
            let toml::Value::Table(entries) = value else {
                return Err(KeymapError::UnknownContext(section.clone()));
            };
            for (name, keys) in entries {
                let cmd = Command::from_id(name)
                    .filter(|c| map.binding(ctx, *c).is_some())
                    .ok_or_else(|| KeymapError::UnknownCommand(section.clone(), name.clone()))?;
                let texts: Vec<&str> = match keys {
                    toml::Value::String(s) => vec![s.as_str()],
                    toml::Value::Array(a) => a
                        .iter()
                        .map(|v| {
                            v.as_str()
                                .ok_or_else(|| KeymapError::BadValue(name.clone(), section.clone()))
                        })
                        .collect::<Result<_, _>>()?,
                    _ => return Err(KeymapError::BadValue(name.clone(), section.clone())),
                };
                let parsed = texts
                    .into_iter()
                    .map(Key::parse)
                    .collect::<Result<Vec<_>, _>>()?;
                if parsed.is_empty() {
                    return Err(KeymapError::Unbound(cmd.id()));
                }
                if let Some(slot) = map
                    .bindings
                    .get_mut(&ctx)
                    .and_then(|v| v.iter_mut().find(|(c, _)| *c == cmd))
                {
                    slot.1 = parsed;
                }
            }
        }
        map.check()?;
        Ok(map)
    }

    /// Refuses a keymap where one key means two things in a place where both apply, or where a
    /// global command needs a plain character (it would be typed into answers instead).
    fn check(&self) -> Result<(), KeymapError> {
        let global = self
            .bindings
            .get(&Context::Global)
            .cloned()
            .unwrap_or_default();
        for (cmd, keys) in &global {
            for k in keys {
                if k.typed_char().is_some()
                    && !(*cmd == Command::Help && k.code == KeyCode::Char('?'))
                {
                    return Err(KeymapError::PlainGlobal(cmd.id()));
                }
            }
        }
        for ctx in Context::ALL {
            let mut seen: BTreeMap<Key, Command> = BTreeMap::new();
            let mut scopes = vec![ctx];
            if ctx != Context::Global {
                scopes.push(Context::Global);
            }
            for scope in scopes {
                for (cmd, keys) in self.bindings.get(&scope).into_iter().flatten() {
                    for k in keys {
                        if let Some(first) = seen.insert(*k, *cmd)
                            && first != *cmd
                        {
                            return Err(KeymapError::Conflict {
                                key: k.to_string(),
                                first: first.id(),
                                second: cmd.id(),
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn binding(&self, ctx: Context, cmd: Command) -> Option<&Vec<Key>> {
        self.bindings
            .get(&ctx)?
            .iter()
            .find(|(c, _)| *c == cmd)
            .map(|(_, k)| k)
    }

    /// The command a key means in `ctx`: the screen's own bindings first, then the global ones.
    /// With `typing` (a text field has focus) only keys that cannot be typed are looked up.
    pub fn lookup(&self, ctx: Context, key: Key, typing: bool) -> Option<Command> {
        if typing && key.typed_char().is_some() {
            return None;
        }
        let find = |c: Context| {
            self.bindings
                .get(&c)?
                .iter()
                .find(|(_, keys)| keys.contains(&key))
                .map(|(cmd, _)| *cmd)
        };
        if ctx == Context::Global {
            return find(Context::Global);
        }
        find(ctx).or_else(|| find(Context::Global))
    }

    /// The first key of a command, as shown in the footer and help.
    pub fn first_key(&self, ctx: Context, cmd: Command) -> Option<Key> {
        self.binding(ctx, cmd)
            .or_else(|| self.binding(Context::Global, cmd))
            .and_then(|k| k.first().copied())
    }

    /// Every binding of a context, in keymap order, for the help overlay and the footer.
    pub fn entries(&self, ctx: Context) -> impl Iterator<Item = (Command, &[Key])> {
        self.bindings
            .get(&ctx)
            .into_iter()
            .flatten()
            .map(|(c, k)| (*c, k.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_key_forms_the_docs_promise() {
        let cases = [
            ("ctrl-l", Key::ctrl('l')),
            ("ctrl-L", Key::ctrl('l')),
            ("?", Key::char('?')),
            ("y", Key::char('y')),
            ("space", Key::char(' ')),
            ("f1", Key::plain(KeyCode::F(1))),
            ("enter", Key::plain(KeyCode::Enter)),
            (
                "alt-x",
                Key {
                    code: KeyCode::Char('x'),
                    ctrl: false,
                    alt: true,
                },
            ),
        ];
        for (text, key) in cases {
            assert_eq!(Key::parse(text).unwrap(), key, "{text}");
        }
        for bad in ["", "ctrl-", "f13", "f0", "yes", "hyper-x"] {
            assert!(Key::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn defaults_are_consistent() {
        Keymap::default().check().unwrap();
    }

    #[test]
    fn screen_keys_win_over_global_and_typing_hides_plain_keys() {
        let k = Keymap::default();
        assert_eq!(
            k.lookup(Context::Question, Key::char('n'), false),
            Some(Command::No)
        );
        assert_eq!(
            k.lookup(Context::Queue, Key::char('n'), false),
            Some(Command::NewInterview)
        );
        assert_eq!(k.lookup(Context::Question, Key::char('n'), true), None);
        assert_eq!(
            k.lookup(Context::Question, Key::ctrl('l'), true),
            Some(Command::QuickLock)
        );
        assert_eq!(k.lookup(Context::Question, Key::char('?'), true), None);
    }

    #[test]
    fn an_override_replaces_the_keys_of_the_commands_it_names() {
        let k = Keymap::with_overrides(
            "[global]\nquick-lock = [\"f12\", \"ctrl-b\"]\n[question]\nyes = \"j\"\n",
        )
        .unwrap();
        assert_eq!(
            k.lookup(Context::Question, Key::plain(KeyCode::F(12)), false),
            Some(Command::QuickLock)
        );
        assert_eq!(k.lookup(Context::Question, Key::ctrl('l'), false), None);
        assert_eq!(
            k.lookup(Context::Question, Key::char('j'), false),
            Some(Command::Yes)
        );
        assert_eq!(
            k.first_key(Context::Question, Command::QuickLock),
            Some(Key::plain(KeyCode::F(12)))
        );
    }

    #[test]
    fn broken_keymap_files_fail_with_a_precise_message() {
        let cases: &[(&str, &str)] = &[
            ("[global\n", "not valid TOML"),
            ("[sidebar]\nx = \"a\"\n", "unknown section `[sidebar]`"),
            (
                "[global]\nteleport = \"ctrl-t\"\n",
                "unknown command `teleport`",
            ),
            (
                "[global]\nhelp = \"hyper-q\"\n",
                "cannot read the key `hyper-q`",
            ),
            ("[global]\nhelp = 3\n", "must be a key or a list"),
            (
                "[global]\nquick-lock = \"x\"\n",
                "cannot be a plain character",
            ),
            ("[question]\nyes = \"n\"\n", "bound to both"),
            ("[global]\nstop = []\n", "has no key left"),
        ];
        for (text, expected) in cases {
            let err = Keymap::with_overrides(text).unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?}: {err}");
        }
    }
}
