-- core_t_653: table 653 of the core module
CREATE TABLE core_t_653 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_653_name_idx ON core_t_653 (name);
