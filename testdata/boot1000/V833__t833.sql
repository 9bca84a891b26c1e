-- core_t_833: table 833 of the core module
CREATE TABLE core_t_833 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_833_name_idx ON core_t_833 (name);
