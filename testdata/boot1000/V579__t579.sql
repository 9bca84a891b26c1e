-- core_t_579: table 579 of the core module
CREATE TABLE core_t_579 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_579_name_idx ON core_t_579 (name);
