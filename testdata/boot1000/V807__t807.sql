-- core_t_807: table 807 of the core module
CREATE TABLE core_t_807 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_807_name_idx ON core_t_807 (name);
