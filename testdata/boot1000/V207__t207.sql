-- core_t_207: table 207 of the core module
CREATE TABLE core_t_207 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_207_name_idx ON core_t_207 (name);
