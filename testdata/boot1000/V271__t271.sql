-- core_t_271: table 271 of the core module
CREATE TABLE core_t_271 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_271_name_idx ON core_t_271 (name);
