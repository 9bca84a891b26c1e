-- core_t_643: table 643 of the core module
CREATE TABLE core_t_643 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_643_name_idx ON core_t_643 (name);
