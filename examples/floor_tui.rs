//! The floor for Tandem's start-up (`bench/floors`): the least a ratatui + crossterm program
//! does to show an unlock screen. Raw mode, the alternate screen, one frame with the same words
//! Tandem's unlock screen shows, then it waits for a key and restores the terminal.

use std::io;

use crossterm::event::{self, Event};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::prelude::*;
use ratatui::widgets::{Block, Paragraph};

fn main() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.draw(|f| {
        let text = vec![
            Line::from(" Unlock"),
            Line::from(""),
            Line::from(" Unlock as sup"),
            Line::from(""),
            Line::from(" Passphrase, then Enter:"),
            Line::from(" > "),
        ];
        f.render_widget(
            Paragraph::new(text).block(Block::default().title(" Tandem · IDC Unit 7")),
            f.area(),
        );
    })?;
    loop {
        if let Event::Key(_) = event::read()? {
            break;
        }
    }
    disable_raw_mode()?;
    execute!(io::stdout(), LeaveAlternateScreen)?;
    Ok(())
}
