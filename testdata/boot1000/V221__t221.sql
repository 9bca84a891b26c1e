-- core_t_221: table 221 of the core module
CREATE TABLE core_t_221 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_221_name_idx ON core_t_221 (name);
