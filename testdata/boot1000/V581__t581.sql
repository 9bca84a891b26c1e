-- core_t_581: table 581 of the core module
CREATE TABLE core_t_581 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_581_name_idx ON core_t_581 (name);
