-- Counter-terrorist financing: sanctions list versions, screening subjects, alerts and their review,
-- the false-positive memory, and the best-practices library.

CREATE TABLE sanction_list_versions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source       text NOT NULL CHECK (source IN ('un', 'ofac', 'eu')),
  file_name    text NOT NULL,
  file_sha256  text NOT NULL,
  entry_count  int  NOT NULL,
  name_count   int  NOT NULL,
  imported_by  text NOT NULL,
  imported_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sanction_list_versions_source_idx ON sanction_list_versions (source, id);

-- One row per designation per version: the whole designation as the importer produced it.
CREATE TABLE sanction_entries (
  version_id     bigint NOT NULL REFERENCES sanction_list_versions (id) ON DELETE CASCADE,
  designation_id text   NOT NULL,
  kind           text   NOT NULL,
  primary_name   text   NOT NULL,
  fingerprint    text   NOT NULL,
  data           jsonb  NOT NULL,
  PRIMARY KEY (version_id, designation_id)
);

-- Names and details a state's financial authority screens and keeps under watch.
CREATE TABLE screening_subjects (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_state text NOT NULL,
  reference   text,
  name        text NOT NULL,
  dob         text,
  nationality text,
  kind        text CHECK (kind IN ('person', 'entity')),
  fingerprint text NOT NULL,
  created_by  uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_subjects_owner_idx ON screening_subjects (owner_state);

CREATE TABLE screening_alerts (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subject_id       uuid NOT NULL REFERENCES screening_subjects (id) ON DELETE CASCADE,
  owner_state      text NOT NULL,
  source           text NOT NULL,
  designation_id   text NOT NULL,
  list_version_id  bigint NOT NULL REFERENCES sanction_list_versions (id),
  designation_fingerprint text NOT NULL,
  score            double precision NOT NULL,
  matched_name     text NOT NULL,
  explanation      jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'match-proposed', 'confirmed-match', 'not-a-match')),
  proposed_by      uuid,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_alerts_owner_status_idx ON screening_alerts (owner_state, status, created_at);
CREATE UNIQUE INDEX screening_alerts_live_key ON screening_alerts (subject_id, source, designation_id, designation_fingerprint);

CREATE TABLE alert_reviews (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  alert_id    uuid NOT NULL REFERENCES screening_alerts (id) ON DELETE CASCADE,
  reviewer_id uuid NOT NULL,
  reviewer_email text NOT NULL,
  decision    text NOT NULL CHECK (decision IN ('propose-match', 'confirm-match', 'reject-proposal', 'not-a-match')),
  note        text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_reviews_alert_idx ON alert_reviews (alert_id, created_at);

-- A reviewer's "not a match" for this subject and this designation, as they both were then.
CREATE TABLE false_positive_memory (
  owner_state             text NOT NULL,
  subject_fingerprint     text NOT NULL,
  source                  text NOT NULL,
  designation_id          text NOT NULL,
  designation_fingerprint text NOT NULL,
  decided_by              uuid NOT NULL,
  decided_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_state, subject_fingerprint, source, designation_id, designation_fingerprint)
);

CREATE TABLE ctf_documents (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  originator     text NOT NULL,
  title          text NOT NULL,
  language       text NOT NULL CHECK (language IN ('ar', 'en', 'fr')),
  kind           text NOT NULL CHECK (kind IN ('strategy', 'action-plan', 'typology', 'guidance', 'other')),
  summary        text NOT NULL DEFAULT '',
  body           text NOT NULL DEFAULT '',
  classification text NOT NULL CHECK (classification IN ('UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET')),
  rel_to         text[] NOT NULL,
  compartments   text[] NOT NULL DEFAULT '{}',
  tlp            text NOT NULL DEFAULT 'AMBER' CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  created_by     uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ctf_documents_originator_idx ON ctf_documents (originator);
