//! Sealed interview records: create, update, read, list (through the encrypted summary index,
//! so a list decrypts no record) and delete. The plaintext of a record never leaves this room but
//! through `seal`, and every read is audited.

use super::*;

/// One row of the case list, from the encrypted summary index.
///
/// `document` is the record without its heavy, free-text parts: `notes`, `answers`, `answered` and
/// `question_notes` are empty here (read the record for them); `answers` counts the answers.
pub struct RecordSummary {
    pub id: RecordId,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub document: RecordDocument,
    pub answers: usize,
    /// The retention bucket (month, `YYYY-MM`) the record lives in.
    pub bucket: String,
}

impl fmt::Debug for RecordSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordSummary")
            .field("id", &self.id)
            .field("created", &self.created)
            .field("updated", &self.updated)
            .field("document", &self.document)
            .field("answers", &self.answers)
            .finish()
    }
}

/// The part of a summary that is not the document itself.
#[derive(Serialize, Deserialize)]
pub(super) struct SummaryBody {
    pub(super) created: String,
    pub(super) updated: String,
    pub(super) answers: usize,
    pub(super) document: RecordDocument,
}

pub(super) fn summary_json(
    doc: &RecordDocument,
    created: Timestamp,
    updated: Timestamp,
) -> Result<SecretBytes, VaultError> {
    let document = RecordDocument {
        notes: String::new(),
        answers: BTreeMap::new(),
        answered: BTreeMap::new(),
        question_notes: BTreeMap::new(),
        ..doc.clone()
    };
    to_json(&SummaryBody {
        created: created.to_string(),
        updated: updated.to_string(),
        answers: doc.answers.len(),
        document,
    })
}

pub(super) fn open_summary_body(
    index: &[u8; 32],
    at: Binding<'_>,
    sealed: &[u8],
) -> Result<SummaryBody, VaultError> {
    let plain = seal::open_summary(index, at, sealed)?;
    serde_json::from_slice(&plain).map_err(|_| VaultError::Damaged {
        part: VaultPart::Summary {
            id: at.record.to_string(),
        },
    })
}

pub(super) fn parse_time(s: &str, id: &RecordId) -> Result<Timestamp, VaultError> {
    s.parse().map_err(|_| VaultError::Damaged {
        part: VaultPart::Summary { id: id.to_string() },
    })
}

impl Session {
    /// Seals and stores a new record; returns after COMMIT.
    pub fn create_record(&mut self, doc: &RecordDocument) -> Result<RecordId, VaultError> {
        let mut ids = self.create_records(std::slice::from_ref(doc))?;
        Ok(ids.remove(0))
    }

    /// Seals and stores several records in one transaction (all or none); returns after COMMIT.
    pub fn create_records(&mut self, docs: &[RecordDocument]) -> Result<Vec<RecordId>, VaultError> {
        self.create_records_from(docs.iter().cloned().map(Ok::<_, VaultError>))
    }

    /// Seals and stores records one at a time as `docs` yields them, all in one transaction:
    /// the first error rolls every one of them back. Memory holds one document at a time, so a
    /// unit's whole history can be imported on a 4 GB laptop.
    pub fn create_records_from<E: From<VaultError>>(
        &mut self,
        docs: impl IntoIterator<Item = Result<RecordDocument, E>>,
    ) -> Result<Vec<RecordId>, E> {
        let now = Timestamp::now();
        let bucket_id = self.ensure_bucket(&bucket_of(now), now)?;
        let bucket = &self.buckets[&bucket_id];
        let mut changes = self.sealing.changes();
        let tx = self
            .sealing
            .begin_records(&mut self.vault.conn)
            .map_err(E::from)?;
        let mut ids = Vec::new();
        {
            let mut insert = tx
                .prepare("INSERT INTO records (id, bucket, version, created, updated, sealed, summary) VALUES (?1, ?2, 1, ?3, ?3, ?4, ?5)")
                .map_err(VaultError::from)?;
            for doc in docs {
                let doc = doc?;
                let id = RecordId::random();
                let at = Binding {
                    record: id.as_str(),
                    bucket: &bucket_id,
                    version: 1,
                };
                let sealed = seal::seal_record(&bucket.pair.recipient, at, &to_json(&doc)?)?;
                let summary =
                    seal::seal_summary(&bucket.index, at, &summary_json(&doc, now, now)?)?;
                insert
                    .execute(params![id.as_str(), bucket_id, day(now), sealed, summary])
                    .map_err(VaultError::from)?;
                let event = AuditEvent::RecordCreated { record: id.clone() };
                self.sealing.append(&tx, &self.user.name, &event, now)?;
                changes.toggle(&bucket_id, id.as_str(), 1);
                ids.push(id);
            }
        }
        self.sealing.commit_records(tx, changes)?;
        Ok(ids)
    }

    /// Replaces a record's document; returns after COMMIT. The record is sealed into the
    /// newest generation of its month's bucket (after a user's removal, one they never held).
    pub fn update_record(&mut self, id: &RecordId, doc: &RecordDocument) -> Result<(), VaultError> {
        let now = Timestamp::now();
        let (bucket_id, version, summary) = self.record_row(id, "summary")?;
        self.check_records(Rows::SliceOf {
            bucket: &bucket_id,
            id: id.as_str(),
        })?;
        let bucket = self.bucket_key(&bucket_id)?;
        let old = Binding {
            record: id.as_str(),
            bucket: &bucket_id,
            version,
        };
        let created = open_summary_body(&bucket.index, old, &summary)?.created;
        let created = parse_time(&created, id)?;
        let saving = self.saving_bucket(&bucket_id)?;
        let bucket = self.bucket_key(&saving)?;
        let at = Binding {
            record: id.as_str(),
            bucket: &saving,
            version: version + 1,
        };
        let sealed = seal::seal_record(&bucket.pair.recipient, at, &to_json(doc)?)?;
        let summary = seal::seal_summary(&bucket.index, at, &summary_json(doc, created, now)?)?;
        let mut changes = self.sealing.changes();
        let tx = self.sealing.begin_records(&mut self.vault.conn)?;
        let changed = tx.execute(
            "UPDATE records SET bucket = ?1, version = ?2, updated = ?3, sealed = ?4, summary = ?5 WHERE id = ?6 AND version = ?7",
            params![saving, version + 1, day(now), sealed, summary, id.as_str(), version],
        )?;
        if changed != 1 {
            return Err(VaultError::RecordNotFound { id: id.to_string() });
        }
        self.sealing.append(
            &tx,
            &self.user.name,
            &AuditEvent::RecordUpdated { record: id.clone() },
            now,
        )?;
        changes.toggle(&bucket_id, id.as_str(), version);
        changes.toggle(&saving, id.as_str(), version + 1);
        self.sealing.commit_records(tx, changes)
    }

    /// Opens a record (audited as a view).
    pub fn read_record(&mut self, id: &RecordId) -> Result<RecordDocument, VaultError> {
        let doc = self.open_record(id)?;
        self.audit(AuditEvent::RecordViewed { record: id.clone() })?;
        Ok(doc)
    }

    /// Opens a record for an act that writes next (an export): its view entry is written
    /// first in the session's next commit, with that act's own entry, not in a commit of its
    /// own. The caller shows nothing of the record and commits next whatever happens: the act,
    /// or [`Session::commit_deferred`] when the act is refused.
    pub fn read_record_to_write(&mut self, id: &RecordId) -> Result<RecordDocument, VaultError> {
        let doc = self.open_record(id)?;
        let name = self.user.name.clone();
        self.sealing.defer(
            &name,
            AuditEvent::RecordViewed { record: id.clone() },
            Timestamp::now(),
        );
        Ok(doc)
    }

    fn open_record(&mut self, id: &RecordId) -> Result<RecordDocument, VaultError> {
        let (bucket_id, version, sealed) = self.record_row(id, "sealed")?;
        self.check_records(Rows::SliceOf {
            bucket: &bucket_id,
            id: id.as_str(),
        })?;
        let bucket = self.bucket_key(&bucket_id)?;
        let at = Binding {
            record: id.as_str(),
            bucket: &bucket_id,
            version,
        };
        let plain = seal::open_record(&bucket.pair.identity, at, &sealed)?;
        serde_json::from_slice(&plain).map_err(|_| VaultError::Damaged {
            part: VaultPart::Record { id: id.to_string() },
        })
    }

    /// Opens every record this user holds a key for, one at a time, for a statistics export. Not
    /// audited per record: the caller audits the whole export once, with how many it read.
    /// Returns how many records were opened.
    pub fn each_record(
        &mut self,
        mut visit: impl FnMut(&RecordId, RecordDocument),
    ) -> Result<usize, VaultError> {
        self.check_records(Rows::All)?;
        let ids: Vec<String> = {
            let mut stmt = self
                .vault
                .conn
                .prepare("SELECT id FROM records ORDER BY id")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let mut opened = 0;
        for id in ids.into_iter().map(RecordId) {
            let (bucket_id, version, sealed) = self.record_row(&id, "sealed")?;
            let Ok(bucket) = self.bucket_key(&bucket_id) else {
                continue;
            };
            let at = Binding {
                record: id.as_str(),
                bucket: &bucket_id,
                version,
            };
            let plain = seal::open_record(&bucket.pair.identity, at, &sealed)?;
            let doc = serde_json::from_slice(&plain).map_err(|_| VaultError::Damaged {
                part: VaultPart::Record { id: id.to_string() },
            })?;
            opened += 1;
            visit(&id, doc);
        }
        Ok(opened)
    }

    /// One record's state as the queue knows it (the summary document: status, decision, stop,
    /// exports, queue facts; no answer or note). Not audited: it shows nothing the case list
    /// does not, and a save reads it to keep what only the procedure may change.
    pub fn record_state(&mut self, id: &RecordId) -> Result<RecordDocument, VaultError> {
        let (bucket_id, version, summary) = self.record_row(id, "summary")?;
        self.check_records(Rows::SliceOf {
            bucket: &bucket_id,
            id: id.as_str(),
        })?;
        let bucket = self.bucket_key(&bucket_id)?;
        let at = Binding {
            record: id.as_str(),
            bucket: &bucket_id,
            version,
        };
        Ok(open_summary_body(&bucket.index, at, &summary)?.document)
    }

    /// The case list, newest change first, from the encrypted summary index. Records in buckets
    /// this user holds no key for are left out.
    pub fn list_records(&mut self) -> Result<Vec<RecordSummary>, VaultError> {
        self.check_records(Rows::All)?;
        let mut stmt = self
            .vault
            .conn
            .prepare("SELECT id, bucket, version, summary FROM records")?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id = RecordId(r.get(0)?);
            let bucket_id: String = r.get(1)?;
            let Some(bucket) = self.buckets.get(&bucket_id) else {
                continue;
            };
            let at = Binding {
                record: id.as_str(),
                bucket: &bucket_id,
                version: r.get(2)?,
            };
            let body = open_summary_body(
                &bucket.index,
                at,
                r.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?,
            )?;
            out.push(RecordSummary {
                created: parse_time(&body.created, &id)?,
                updated: parse_time(&body.updated, &id)?,
                answers: body.answers,
                document: body.document,
                bucket: bucket_id,
                id,
            });
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn delete_record(&mut self, id: &RecordId) -> Result<(), VaultError> {
        let (bucket_id, version, _) = self.record_row(id, "x''")?;
        self.check_records(Rows::SliceOf {
            bucket: &bucket_id,
            id: id.as_str(),
        })?;
        let mut changes = self.sealing.changes();
        let tx = self.sealing.begin_records(&mut self.vault.conn)?;
        if tx.execute("DELETE FROM records WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(VaultError::RecordNotFound { id: id.to_string() });
        }
        self.sealing.append(
            &tx,
            &self.user.name,
            &AuditEvent::RecordDeleted { record: id.clone() },
            Timestamp::now(),
        )?;
        changes.toggle(&bucket_id, id.as_str(), version);
        self.sealing.commit_records(tx, changes)
    }

    /// Checks the record rows of a slice of a bucket (or all of them) against the seal before
    /// any is read; what was changed outside Tandem is refused and recorded in the log.
    pub(super) fn check_records(&mut self, rows: Rows<'_>) -> Result<(), VaultError> {
        match self.sealing.check_records(&self.vault.conn, rows) {
            Err(VaultError::Tampered { part }) => {
                let what = part.id_and_subject().0.to_owned();
                self.audit(AuditEvent::TamperDetected { part: what })?;
                Err(VaultError::Tampered { part })
            }
            other => other,
        }
    }

    /// (bucket, version, the named blob column) of a record row.
    pub(super) fn record_row(
        &self,
        id: &RecordId,
        column: &str,
    ) -> Result<(String, i64, Vec<u8>), VaultError> {
        let sql = format!("SELECT bucket, version, {column} FROM records WHERE id = ?1");
        self.vault
            .conn
            .query_row(&sql, [id.as_str()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?
            .ok_or_else(|| VaultError::RecordNotFound { id: id.to_string() })
    }
}
