-- core_t_105: table 105 of the core module
CREATE TABLE core_t_105 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_105_name_idx ON core_t_105 (name);
