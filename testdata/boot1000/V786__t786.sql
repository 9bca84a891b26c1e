-- core_t_786: table 786 of the core module
CREATE TABLE core_t_786 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_786_name_idx ON core_t_786 (name);
INSERT INTO core_t_786 (name) VALUES ('first row of core_t_786'), ('second row');
