-- core_t_771: table 771 of the core module
CREATE TABLE core_t_771 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_771_name_idx ON core_t_771 (name);
