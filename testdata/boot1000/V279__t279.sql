-- core_t_279: table 279 of the core module
CREATE TABLE core_t_279 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_279_name_idx ON core_t_279 (name);
