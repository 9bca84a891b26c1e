-- core_t_573: table 573 of the core module
CREATE TABLE core_t_573 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_573_name_idx ON core_t_573 (name);
