-- core_t_629: table 629 of the core module
CREATE TABLE core_t_629 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_629_name_idx ON core_t_629 (name);
