-- core_t_577: table 577 of the core module
CREATE TABLE core_t_577 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_577_name_idx ON core_t_577 (name);
