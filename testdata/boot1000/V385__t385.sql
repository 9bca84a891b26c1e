-- core_t_385: table 385 of the core module
CREATE TABLE core_t_385 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_385_name_idx ON core_t_385 (name);
