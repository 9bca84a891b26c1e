-- core_t_219: table 219 of the core module
CREATE TABLE core_t_219 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_219_name_idx ON core_t_219 (name);
