-- core_t_516: table 516 of the core module
CREATE TABLE core_t_516 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_516_name_idx ON core_t_516 (name);
INSERT INTO core_t_516 (name) VALUES ('first row of core_t_516'), ('second row');
