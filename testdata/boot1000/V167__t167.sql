-- core_t_167: table 167 of the core module
CREATE TABLE core_t_167 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_167_name_idx ON core_t_167 (name);
