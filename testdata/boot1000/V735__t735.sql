-- core_t_735: table 735 of the core module
CREATE TABLE core_t_735 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_735_name_idx ON core_t_735 (name);
