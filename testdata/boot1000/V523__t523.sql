-- core_t_523: table 523 of the core module
CREATE TABLE core_t_523 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_523_name_idx ON core_t_523 (name);
