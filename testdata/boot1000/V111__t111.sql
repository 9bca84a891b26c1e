-- core_t_111: table 111 of the core module
CREATE TABLE core_t_111 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_111_name_idx ON core_t_111 (name);
