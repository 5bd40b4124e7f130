-- Foundation: coalition reference data, accounts, sessions, tokens, audit log.
-- Only PostgreSQL 15 features: production runs 15, the embedded engine runs 18.

CREATE TABLE states (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  iso_numeric text NOT NULL UNIQUE CHECK (iso_numeric ~ '^[0-9]{3}$'),
  name_ar     text NOT NULL,
  name_en     text NOT NULL,
  name_fr     text NOT NULL,
  joined_on   date,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE domains (
  code           text PRIMARY KEY,
  position       int  NOT NULL,
  name_ar        text NOT NULL,
  name_en        text NOT NULL,
  name_fr        text NOT NULL,
  description_ar text NOT NULL,
  description_en text NOT NULL,
  description_fr text NOT NULL
);

CREATE TABLE bodies (
  code       text PRIMARY KEY,
  position   int  NOT NULL,
  name_ar    text NOT NULL,
  name_en    text NOT NULL,
  name_fr    text NOT NULL,
  event_ar   text NOT NULL,
  event_en   text NOT NULL,
  event_fr   text NOT NULL,
  event_on   date NOT NULL,
  place      text NOT NULL
);

CREATE TABLE partners (
  code        text PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('organisation', 'state')),
  name_ar     text NOT NULL,
  name_en     text NOT NULL,
  name_fr     text NOT NULL,
  relation_ar text NOT NULL,
  relation_en text NOT NULL,
  relation_fr text NOT NULL
);

CREATE TABLE coalition_facts (
  key   text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE users (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                text NOT NULL,
  display_name         text NOT NULL,
  state_code           text NOT NULL,
  roles                text[] NOT NULL,
  clearance            text NOT NULL CHECK (clearance IN ('UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET')),
  compartments         text[] NOT NULL DEFAULT '{}',
  language             text NOT NULL DEFAULT 'ar' CHECK (language IN ('ar', 'en', 'fr')),
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  totp_secret          text,
  totp_enabled         boolean NOT NULL DEFAULT false,
  totp_last_step       bigint NOT NULL DEFAULT 0,
  failed_logins        int NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  disabled             boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_state_idx ON users (state_code);

CREATE TABLE role_settings (
  role         text PRIMARY KEY,
  require_totp boolean NOT NULL DEFAULT false
);

CREATE TABLE sessions (
  id            text PRIMARY KEY,           -- SHA-256 of the cookie value; the value itself is never stored
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  second_factor boolean NOT NULL,           -- false while a required TOTP code is still owed
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  prefix       text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE delegates (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state_code text NOT NULL REFERENCES states (code),
  full_name  text NOT NULL,
  position   text NOT NULL,
  email      text,
  phone      text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delegates_state_idx ON delegates (state_code);

-- Append-only: each entry carries the SHA-256 of the one before it.
CREATE TABLE audit_log (
  id          bigint PRIMARY KEY,
  at          text NOT NULL,
  actor_id    text,
  actor_email text,
  actor_state text,
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text,
  request_id  text,
  details     text NOT NULL DEFAULT '{}',
  prev_hash   text NOT NULL,
  hash        text NOT NULL
);
CREATE INDEX audit_log_actor_state_idx ON audit_log (actor_state, id);
