-- core_t_559: table 559 of the core module
CREATE TABLE core_t_559 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_559_name_idx ON core_t_559 (name);
