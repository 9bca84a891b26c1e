-- core_t_211: table 211 of the core module
CREATE TABLE core_t_211 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_211_name_idx ON core_t_211 (name);
