-- core_t_843: table 843 of the core module
CREATE TABLE core_t_843 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_843_name_idx ON core_t_843 (name);
