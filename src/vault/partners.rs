//! Receiving organisations (name, `age1…` recipient, kind) and the packets already opened here
//! (replay protection). Partners are organisations, not case data.

use super::*;

/// A receiving organisation. Organisations are not case data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    /// age X25519 recipient, `age1...`.
    pub recipient: String,
    pub kind: OrganisationKind,
}

impl Session {
    /// Supervisors only. `recipient` must be an age X25519 recipient.
    pub fn add_partner(&mut self, p: &Partner) -> Result<(), VaultError> {
        self.require_supervisor()?;
        check_name(&p.name, NameRole::Partner)?;
        keys::parse_recipient(&p.recipient, KeyRole::PartnerRecipient)?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        let added = tx.execute(
            "INSERT OR IGNORE INTO partners (name, recipient, kind) VALUES (?1, ?2, ?3)",
            params![p.name, p.recipient.trim(), p.kind.id()],
        )?;
        if added == 0 {
            return Err(VaultError::PartnerExists {
                name: p.name.clone(),
            });
        }
        let event = AuditEvent::PartnerAdded {
            partner: p.name.clone(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)
    }

    pub fn partners(&mut self) -> Result<Vec<Partner>, VaultError> {
        let mut stmt = self
            .vault
            .conn
            .prepare("SELECT name, recipient, kind FROM partners ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(Partner {
                name: r.get(0)?,
                recipient: r.get(1)?,
                kind: {
                    let id: String = r.get(2)?;
                    // An unknown kind would be a newer vault, or a tampered row.
                    id.parse().map_err(|e: crate::domain::UnknownValue| {
                        rusqlite::Error::FromSqlConversionFailure(
                            2,
                            rusqlite::types::Type::Text,
                            Box::new(e),
                        )
                    })?
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Supervisors only.
    pub fn remove_partner(&mut self, name: &str) -> Result<(), VaultError> {
        self.require_supervisor()?;
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        if tx.execute("DELETE FROM partners WHERE name = ?1", [name])? == 0 {
            return Err(VaultError::UnknownPartner {
                name: name.to_owned(),
            });
        }
        let event = AuditEvent::PartnerRemoved {
            partner: name.to_string(),
        };
        self.sealing
            .append(&tx, &self.user.name, &event, Timestamp::now())?;
        self.sealing.commit(tx)
    }

    /// Replay check when receiving a packet.
    pub fn packet_seen(&mut self, packet_id: &str) -> Result<bool, VaultError> {
        let n: i64 = self.vault.conn.query_row(
            "SELECT count(*) FROM packets_seen WHERE id = ?1",
            [packet_id],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    pub fn mark_packet_seen(&mut self, packet_id: &str) -> Result<(), VaultError> {
        let tx = self.sealing.begin(&mut self.vault.conn)?;
        tx.execute(
            "INSERT OR IGNORE INTO packets_seen (id, seen) VALUES (?1, ?2)",
            params![packet_id, day(Timestamp::now())],
        )?;
        self.sealing.commit(tx)
    }
}
