-- core_t_803: table 803 of the core module
CREATE TABLE core_t_803 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_803_name_idx ON core_t_803 (name);
