-- core_t_34: table 34 of the core module
CREATE TABLE core_t_34 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_34_name_idx ON core_t_34 (name);
INSERT INTO core_t_34 (name) VALUES ('first row of core_t_34'), ('second row');
