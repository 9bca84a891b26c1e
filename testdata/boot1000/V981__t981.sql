-- core_t_981: table 981 of the core module
CREATE TABLE core_t_981 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_981_name_idx ON core_t_981 (name);
