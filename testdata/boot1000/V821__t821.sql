-- core_t_821: table 821 of the core module
CREATE TABLE core_t_821 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_821_name_idx ON core_t_821 (name);
