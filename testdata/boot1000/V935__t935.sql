-- core_t_935: table 935 of the core module
CREATE TABLE core_t_935 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_935_name_idx ON core_t_935 (name);
