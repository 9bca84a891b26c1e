-- core_t_251: table 251 of the core module
CREATE TABLE core_t_251 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_251_name_idx ON core_t_251 (name);
