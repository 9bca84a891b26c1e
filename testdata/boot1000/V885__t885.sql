-- core_t_885: table 885 of the core module
CREATE TABLE core_t_885 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_885_name_idx ON core_t_885 (name);
