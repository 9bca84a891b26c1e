-- core_t_268: table 268 of the core module
CREATE TABLE core_t_268 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_268_name_idx ON core_t_268 (name);
INSERT INTO core_t_268 (name) VALUES ('first row of core_t_268'), ('second row');
