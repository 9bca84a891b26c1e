-- core_t_425: table 425 of the core module
CREATE TABLE core_t_425 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_425_name_idx ON core_t_425 (name);
