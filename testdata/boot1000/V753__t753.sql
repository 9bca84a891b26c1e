-- core_t_753: table 753 of the core module
CREATE TABLE core_t_753 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_753_name_idx ON core_t_753 (name);
