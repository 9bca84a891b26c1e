-- core_t_437: table 437 of the core module
CREATE TABLE core_t_437 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_437_name_idx ON core_t_437 (name);
