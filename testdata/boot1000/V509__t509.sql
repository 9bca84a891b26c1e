-- core_t_509: table 509 of the core module
CREATE TABLE core_t_509 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_509_name_idx ON core_t_509 (name);
