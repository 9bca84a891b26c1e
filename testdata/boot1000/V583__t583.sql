-- core_t_583: table 583 of the core module
CREATE TABLE core_t_583 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_583_name_idx ON core_t_583 (name);
