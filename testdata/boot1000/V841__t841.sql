-- core_t_841: table 841 of the core module
CREATE TABLE core_t_841 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_841_name_idx ON core_t_841 (name);
