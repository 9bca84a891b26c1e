-- core_t_569: table 569 of the core module
CREATE TABLE core_t_569 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_569_name_idx ON core_t_569 (name);
