-- core_t_535: table 535 of the core module
CREATE TABLE core_t_535 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_535_name_idx ON core_t_535 (name);
