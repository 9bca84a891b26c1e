-- core_t_551: table 551 of the core module
CREATE TABLE core_t_551 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_551_name_idx ON core_t_551 (name);
