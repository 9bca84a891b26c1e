-- core_t_673: table 673 of the core module
CREATE TABLE core_t_673 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_673_name_idx ON core_t_673 (name);
