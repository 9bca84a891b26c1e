-- core_t_835: table 835 of the core module
CREATE TABLE core_t_835 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_835_name_idx ON core_t_835 (name);
