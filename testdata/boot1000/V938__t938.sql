-- core_t_938: table 938 of the core module
CREATE TABLE core_t_938 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_938_name_idx ON core_t_938 (name);
INSERT INTO core_t_938 (name) VALUES ('first row of core_t_938'), ('second row');
