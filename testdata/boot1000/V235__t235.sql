-- core_t_235: table 235 of the core module
CREATE TABLE core_t_235 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_235_name_idx ON core_t_235 (name);
