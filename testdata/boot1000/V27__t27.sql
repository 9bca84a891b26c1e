-- core_t_27: table 27 of the core module
CREATE TABLE core_t_27 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_27_name_idx ON core_t_27 (name);
