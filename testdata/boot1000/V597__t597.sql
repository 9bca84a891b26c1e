-- core_t_597: table 597 of the core module
CREATE TABLE core_t_597 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_597_name_idx ON core_t_597 (name);
