-- core_t_485: table 485 of the core module
CREATE TABLE core_t_485 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_485_name_idx ON core_t_485 (name);
