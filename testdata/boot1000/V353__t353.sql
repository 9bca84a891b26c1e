-- core_t_353: table 353 of the core module
CREATE TABLE core_t_353 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_353_name_idx ON core_t_353 (name);
