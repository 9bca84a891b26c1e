-- core_t_253: table 253 of the core module
CREATE TABLE core_t_253 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_253_name_idx ON core_t_253 (name);
