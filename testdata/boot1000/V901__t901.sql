-- core_t_901: table 901 of the core module
CREATE TABLE core_t_901 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_901_name_idx ON core_t_901 (name);
