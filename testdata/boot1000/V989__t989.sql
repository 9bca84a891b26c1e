-- core_t_989: table 989 of the core module
CREATE TABLE core_t_989 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_989_name_idx ON core_t_989 (name);
