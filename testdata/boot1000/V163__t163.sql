-- core_t_163: table 163 of the core module
CREATE TABLE core_t_163 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_163_name_idx ON core_t_163 (name);
