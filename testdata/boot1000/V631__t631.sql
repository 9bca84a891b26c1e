-- core_t_631: table 631 of the core module
CREATE TABLE core_t_631 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_631_name_idx ON core_t_631 (name);
