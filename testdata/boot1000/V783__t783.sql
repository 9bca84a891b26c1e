-- core_t_783: table 783 of the core module
CREATE TABLE core_t_783 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_783_name_idx ON core_t_783 (name);
